# review: unreviewed
# checked: 2026-12-06 plain-language re-read against the English reference (machine-assisted, not yet by a native speaker); added say-on-phone; shorter emergency line, footnote and language lines; tráfico de pessoas explained in help-text
### Texts the bot uses on every screen.

footer-emergency = Em perigo agora? Ligue 110 (polícia) ou 119 (ambulância, bombeiros). Grátis, dia e noite.

use-buttons = Por favor, use os botões abaixo. O que você digita não fica salvo.
use-buttons-above = Por favor, use os botões acima. O que você digita não fica salvo.

# Comma-separated words that, typed at any point, bring the emergency answer at once.
emergency-words = socorro, socoro, me ajuda, me ajude, me ajudem, ajuda, ajude, ajudem, me salva, me salve, me salvem, perigo, emergência, emergencia, polícia, policia, sos, 110, 119
self-harm-words = quero morrer, quero morre, quero me matar, vou me matar, me suicidar, suicídio, tirar minha vida, tirar a minha vida, não quero mais viver, quero me machucar, quero me cortar, vou me cortar, quero sumir
self-harm-answer = Obrigado por nos contar. Você é importante, e não precisa passar por isso sozinho ou sozinha. Se você acha que pode se machucar agora, ligue para o 119 (ambulância) ou para o 110 (polícia): grátis, de dia e de noite. No 110, diga o seu idioma para ter um intérprete.

emergency-answer =
    Se você está em perigo agora, ligue para o 110 (polícia).
    Se alguém está ferido ou se há um incêndio, ligue para o 119 (ambulância, bombeiros).
    Os dois são grátis e atendem de dia e de noite.

## Opening times (Japan time). $time is like 9:00.

when-always = Sempre aberto
when-open-until = Aberto agora, até as { $time }
when-closed = Fechado agora
when-unknown = Sem horário na nossa fonte
when-holiday-unsure = Hoje é feriado: pode estar fechado
when-season-unsure = Perto do Ano-Novo: pode estar fechado
opens-today = abre hoje às { $time }
opens-tomorrow = abre amanhã às { $time }
opens-weekday = abre { $day ->
    [mon] na segunda-feira
    [tue] na terça-feira
    [wed] na quarta-feira
    [thu] na quinta-feira
    [fri] na sexta-feira
    [sat] no sábado
   *[sun] no domingo
} às { $time }
opens-date = abre no dia { $date }/{ $month } às { $time }

## Languages, cost and phones.

speaks-yours = Atende em { $language }
speaks-list = Idiomas: { $languages }
speaks-also-others = Idiomas: { $languages } e alguns outros
speaks-others-only = Muitos idiomas
speaks-not-stated = Idiomas: não informados
speaks-interpreter = Podem chamar intérprete
say-on-phone = Se atenderem em japonês, diga “Porutogarugo no tsūyaku o onegai shimasu” (intérprete de português, por favor).
hours-footnote = Sem horário conhecido: tente mesmo assim.
phone-no-alternate = Alguns telefones não conseguem ligar para este número; nossa fonte não dá outro.
web-any-time = Pode escrever para eles pelo site a qualquer hora.
ip-phone-shown = Números para telefone IP, pré-pago ou iPhone, se a nossa fonte informa.

## Honest summaries under the list.

reach-web-only = Não sabemos de nenhuma linha de telefone aberta agora; se não há horário informado, ainda pode tentar. Já pode escrever nos sites marcados com ✉. Em perigo, ligue para o 110 a qualquer hora.
reach-only-110 = Não sabemos de nenhum destes aberto agora; se não há horário informado, ainda pode tentar. Se você está em perigo, ligue para o 110: atende de dia e de noite.
language-gap = Nesta lista, nenhum informa atendimento em { $language }. O 110 pode chamar um intérprete. Serviços em inglês ou japonês também podem ajudar, e os centros de consulta sobre direitos humanos para estrangeiros atendem em cerca de 80 idiomas.
reach-none-short = Não sabemos de nenhum aberto agora.
reach-web-short = Não sabemos de nenhuma linha aberta agora; os sites com ✉ recebem mensagens.
language-gap-short = Nenhum informa atendimento em { $language }: o 110 pode chamar um intérprete.

rights-heading = É bom saber

## The terminal chat.

console-prompt = Digite um número e aperte Enter (q para sair).

## Telegram.

leave-button = ✖ Sair e apagar esta conversa
help-text = Este bot mostra quem pode ajudar no Japão em casos de tráfico de pessoas (usar alguém com mentiras ou à força para ganhar dinheiro), trabalho forçado ou exploração sexual, e quando atendem. Ele não guarda nada sobre você. Toque nos botões para escolher; /language muda o idioma; /exit apaga esta conversa.
exit-done = Apagado.
exit-note = Mensagens com mais de 48 horas podem continuar aqui. Para apagar esta conversa por completo, apague-a da sua lista de conversas. Você também pode ativar no Telegram a exclusão automática de mensagens desta conversa.
old-button = Esse botão é de uma mensagem anterior. Aqui está o começo de novo.
private-only = Por favor, fale comigo em uma conversa particular: { $link }
cmd-start = Começar de novo
cmd-help = Números de emergência e como funciona
cmd-language = Mudar o idioma
cmd-exit = Apagar esta conversa
bot-description = Quem pode ajudar em casos de tráfico de pessoas, trabalho forçado ou exploração sexual no Japão, no seu idioma, e se atendem agora. Nada sobre você fica guardado. Em perigo, ligue para o 110.
bot-short-description = Linhas de ajuda no Japão, no seu idioma. Nada sobre você fica guardado. Em perigo: 110.

actions-heading = Outras coisas que você pode fazer:
