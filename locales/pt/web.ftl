# review: unreviewed
# checked: 2026-12-06 translated from the English reference (machine-assisted, not yet by a native speaker)
### The web chat's own texts (bot/channels/web/): the quick exit and the page about it.

web-exit-hint = Para sair rápido desta página, aperte a tecla Shift três vezes.
web-exit-about-link = O que sair rápido pode e não pode apagar
web-exit-about =
    O botão “Sair”, ou apertar Shift três vezes, abre um site comum no lugar desta página. Assim, o botão Voltar não traz você de volta para cá.
    Ele também manda o seu navegador esquecer tudo o que este site guardou. Este site não guarda nada: não usa cookies e suas respostas não ficam guardadas.
    O que ele não consegue é tirar este site do histórico do seu navegador. Para isso:
    • iPhone (Safari): Ajustes › Safari › Limpar Histórico e Dados dos Sites.
    • Android (Chrome): ⋮ › Histórico › Excluir dados de navegação.
    Uma aba anônima (privada) não guarda nenhum histórico.
web-back = Voltar
web-type-label = Ou digite uma palavra, como “socorro”. O que você digita não fica salvo.
web-send = Enviar
