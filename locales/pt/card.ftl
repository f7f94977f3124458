# review: unreviewed
### The printable wallet card (referral-bot card). The card folds in two: the outside must say
### nothing that would alarm someone who finds it; the inside is for the person.

# Outside: plain and harmless, like any list of numbers.
card-outside = Telefones úteis
# Inside, at the top.
card-title = Onde pedir ajuda no Japão
card-danger = Em perigo, ligue logo. Grátis, de dia e de noite.
# Beside the large 110 and 119: who answers.
card-police = polícia
card-ambulance = ambulância, bombeiros
# A mark beside a line whose source names no language (it may answer only in Japanese),
# explained once with the words to ask for an interpreter.
card-japanese = japonês
card-scan = Escaneie para achar mais ajuda num chat (Telegram). Nada sobre você fica guardado.
card-scan-web = Escaneie para achar mais ajuda no navegador: sem app, sem conta. Nada sobre você fica guardado.
card-scan-line = Escaneie para achar mais ajuda num chat do LINE: o LINE abre com uma mensagem pronta, toque em enviar. Nada sobre você fica guardado.

## Opening hours, Japan time. $times is like "9:00–17:00".
hours-always = aberto de dia e de noite
hours-unknown = horário: pergunte
hours-weekdays = seg–sex { $times }
hours-weekend = sáb–dom { $times }
hours-daily = todos os dias { $times }
hours-day = { $day ->
    [mon] seg
    [tue] ter
    [wed] qua
    [thu] qui
    [fri] sex
    [sat] sáb
   *[sun] dom
} { $times }
hours-holidays-closed = fechado nos feriados
