# review: unreviewed
# checked: 2026-12-06 translated from the English reference (machine-assisted, not yet by a native speaker)
### The web chat's own texts (bot/channels/web/): the quick exit and the page about it.

web-exit-hint = Para salir rápido de esta página, pulse la tecla Shift tres veces.
web-exit-about-link = Qué se puede borrar y qué no al salir rápido
web-exit-about =
    El botón “Salir”, o pulsar Shift tres veces, abre una página web normal en lugar de esta. Así, el botón Atrás no lleva de vuelta aquí.
    También le indica a su navegador que olvide todo lo que este sitio haya guardado. Este sitio no guarda nada: no usa cookies y sus respuestas no se guardan.
    Lo que no puede hacer es quitar este sitio del historial de su navegador. Para eso:
    • iPhone (Safari): Ajustes (o Configuración) › Safari › Borrar historial y datos de sitios web.
    • Android (Chrome): ⋮ › Historial › Borrar datos de navegación (o “Eliminar datos de navegación”).
    Una pestaña privada (de incógnito) no guarda ningún historial.
web-back = Volver
web-type-label = O escriba una palabra, como “ayuda”. Lo que usted escribe no se guarda.
web-send = Enviar
