# review: unreviewed
# checked: 2026-12-06 translated from the English reference (machine-assisted, not yet by a native speaker)
### Textos propios del canal de LINE (bot/channels/line/): un bot de LINE no puede borrar un chat, así que al salir se explica cómo borrarlo.

line-exit-steps = Para borrar este chat de su teléfono: abra la pestaña “Chats” de LINE. Deslice este chat hacia la izquierda (iPhone) o manténgalo pulsado (Android). Luego toque “Eliminar”. Esta cuenta también sigue en su lista de amigos. Para quitarla, bloquéela y después elimínela en Ajustes › Amigos › Usuarios bloqueados. Una copia de seguridad de los chats hecha antes puede guardar todavía estos mensajes.
# El botón de salir en LINE: un bot no puede borrar un chat de LINE, así que dice lo que hace en su lugar.
line-leave-button = ✖ Salir: cómo borrar este chat
