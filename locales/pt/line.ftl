# review: unreviewed
# checked: 2026-12-06 translated from the English reference (machine-assisted, not yet by a native speaker)
### Textos próprios do canal do LINE (bot/channels/line/): um bot no LINE não consegue apagar uma conversa, então, ao sair, ele explica como apagá-la.

line-exit-steps = Para apagar esta conversa do seu celular: abra a aba “Conversas” do LINE. Deslize esta conversa para a esquerda (iPhone) ou toque nela e segure (Android). Depois toque em “Excluir”. Esta conta também continua na sua lista de amigos. Para tirá-la, bloqueie a conta e depois exclua-a em Configurações › Amigos › Usuários bloqueados. Um backup das conversas feito antes ainda pode ter estas mensagens.
# O botão de sair no LINE: um bot não consegue apagar uma conversa do LINE, então ele diz o que faz no lugar disso.
line-leave-button = ✖ Sair: como apagar esta conversa
