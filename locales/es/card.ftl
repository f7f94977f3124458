# review: unreviewed
### The printable wallet card (referral-bot card). The card folds in two: the outside must say
### nothing that would alarm someone who finds it; the inside is for the person.

# Outside: plain and harmless, like any list of numbers.
card-outside = Teléfonos útiles
# Inside, at the top.
card-title = Dónde pedir ayuda en Japón
card-danger = En peligro, llame enseguida. Gratis, de día y de noche.
# Beside the large 110 and 119: who answers.
card-police = policía
card-ambulance = ambulancia, bomberos
# A mark beside a line whose source names no language (it may answer only in Japanese),
# explained once with the words to ask for an interpreter.
card-japanese = japonés
card-scan = Escanee para encontrar más ayuda en un chat (Telegram). No se guarda nada sobre usted.
card-scan-web = Escanee para encontrar más ayuda en su navegador: sin app, sin cuenta. No se guarda nada sobre usted.
card-scan-line = Escanee para encontrar más ayuda en un chat de LINE: LINE se abre con un mensaje listo, toque enviar. No se guarda nada sobre usted.

## Opening hours, Japan time. $times is like "9:00–17:00".
hours-always = abierto de día y de noche
hours-unknown = horario: pregunte
hours-weekdays = lun–vie { $times }
hours-weekend = sáb–dom { $times }
hours-daily = todos los días { $times }
hours-day = { $day ->
    [mon] lun
    [tue] mar
    [wed] mié
    [thu] jue
    [fri] vie
    [sat] sáb
   *[sun] dom
} { $times }
hours-holidays-closed = cerrado los días festivos
