# review: unreviewed
# checked: 2026-12-06 plain-language re-read against the English reference (machine-assisted, not yet by a native speaker); added say-on-phone; shorter emergency line, footnote and language lines; trata de personas explained in help-text
### Texts the bot uses on every screen.

footer-emergency = ¿En peligro ahora? Llame al 110 (policía) o 119 (ambulancia, bomberos). Gratis, día y noche.

use-buttons = Por favor, use los botones de abajo. Lo que usted escribe no se guarda.
use-buttons-above = Por favor, use los botones de arriba. Lo que usted escribe no se guarda.

# Comma-separated words that, typed at any point, bring the emergency answer at once.
emergency-words = ayuda, ayúdame, ayudame, ayúdenme, ayudenme, ayúdanos, ayudanos, auxilio, socorro, sálvame, salvame, sálvenme, salvenme, peligro, emergencia, emergencias, policía, policia, sos, 110, 119
self-harm-words = quiero morir, quiero morirme, me quiero morir, quiero matarme, me quiero matar, me voy a matar, suicidarme, me quiero suicidar, me voy a suicidar, suicidio, quitarme la vida, ya no quiero vivir, no quiero vivir, quiero hacerme daño, me quiero hacer daño
self-harm-answer = Gracias por contárnoslo. Usted es importante y no tiene que cargar con esto solo o sola. Si cree que puede hacerse daño ahora, llame al 119 (ambulancia) o al 110 (policía): gratis, de día y de noche. En el 110, diga su idioma para tener un intérprete.

emergency-answer =
    Si está en peligro ahora, llame al 110 (policía).
    Si alguien está herido o hay un incendio, llame al 119 (ambulancia, bomberos).
    Los dos son gratis y atienden de día y de noche.

## Opening times (Japan time). $time is like 9:00.

when-always = Abierto siempre
when-open-until = Abierto ahora, hasta las { $time }
when-closed = Cerrado ahora
when-unknown = Sin horario en nuestra fuente
when-holiday-unsure = Hoy es día festivo: puede estar cerrado
when-season-unsure = Cerca de Año Nuevo: puede estar cerrado
opens-today = abre hoy a las { $time }
opens-tomorrow = abre mañana a las { $time }
opens-weekday = abre el { $day ->
    [mon] lunes
    [tue] martes
    [wed] miércoles
    [thu] jueves
    [fri] viernes
    [sat] sábado
   *[sun] domingo
} a las { $time }
opens-date = abre el { $date }/{ $month } a las { $time }

## Languages, cost and phones.

speaks-yours = Atiende en { $language }
speaks-list = Idiomas: { $languages }
speaks-also-others = Idiomas: { $languages } y algunos más
speaks-others-only = Muchos idiomas
speaks-not-stated = Idiomas: no indicados
speaks-interpreter = Pueden poner intérprete
say-on-phone = Si contestan en japonés, diga “Supeingo no tsūyaku o onegai shimasu” (intérprete de español, por favor).
hours-footnote = Sin horario conocido: inténtelo igual.
phone-no-alternate = Algunos teléfonos no pueden llamar a este número; nuestra fuente no da otro.
web-any-time = Puede escribirles en la web a cualquier hora.
ip-phone-shown = Números para teléfono IP, prepago o iPhone, si nuestra fuente los da.

## Honest summaries under the list.

reach-web-only = No sabemos de ninguna línea de teléfono abierta ahora; si no se indica el horario, puede intentarlo igual. Ya puede escribir en las webs marcadas con ✉. Si está en peligro, llame al 110 a cualquier hora.
reach-only-110 = No sabemos de ninguno que esté abierto ahora; si no se indica el horario, puede intentarlo igual. Si está en peligro, llame al 110: atiende de día y de noche.
language-gap = En esta lista, ninguno indica que atienda en { $language }. El 110 puede comunicarle con un intérprete. Los servicios en inglés o japonés también pueden ayudarle, y los centros de consulta de derechos humanos para extranjeros atienden en unos 80 idiomas.
reach-none-short = Ninguno está abierto ahora, que sepamos.
reach-web-short = No sabemos de líneas abiertas ahora; las webs con ✉ reciben mensajes.
language-gap-short = Ninguno indica que atienda en { $language }: el 110 puede poner un intérprete.

rights-heading = Es bueno saber

## The terminal chat.

console-prompt = Escriba un número y presione Enter (q para salir).

## Telegram.

leave-button = ✖ Salir y borrar este chat
help-text = Este bot le dice quién puede ayudar en Japón en casos de trata de personas (usar a alguien con engaños o a la fuerza para ganar dinero), trabajo forzoso o explotación sexual, y cuándo atienden. No guarda nada sobre usted. Toque los botones para elegir; /language cambia el idioma; /exit borra este chat.
exit-done = Borrado.
exit-note = Los mensajes de hace más de 48 horas pueden quedar. Para quitar este chat por completo, bórrelo de su lista de chats. También puede activar en Telegram el borrado automático de este chat.
old-button = Ese botón es de un mensaje anterior. Aquí está el inicio otra vez.
private-only = Por favor, escríbame en un chat privado: { $link }
cmd-start = Empezar de nuevo
cmd-help = Números de emergencia y cómo funciona
cmd-language = Cambiar el idioma
cmd-exit = Borrar este chat
bot-description = Quién puede ayudar en casos de trata de personas, trabajo forzoso o explotación sexual en Japón, en su idioma, y si atienden ahora. No se guarda nada sobre usted. Si está en peligro, llame al 110.
bot-short-description = Líneas de ayuda en Japón, en su idioma. No se guarda nada sobre usted. En peligro: 110.

actions-heading = Otras cosas que puede hacer:
