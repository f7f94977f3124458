# review: unreviewed
### The main flow's screens and buttons (flows/main.yaml).
### $for_other is "yes" when the person writes for someone else.

pick-language = Escolha o seu idioma.

who-question = Quem precisa de ajuda?
who-me = Eu
who-someone-else = Outra pessoa (um amigo, um familiar)

age-question = { $for_other ->
    [yes] A pessoa tem menos de 18 anos?
   *[no] Você tem menos de 18 anos?
}
age-under-18 = Menos de 18 anos
age-18-or-over = 18 anos ou mais
age-not-say = Prefiro não dizer

danger-question = { $for_other ->
    [yes] A pessoa está em perigo agora?
   *[no] Você está em perigo agora?
}
danger-yes = Sim, em perigo agora
danger-no = Não, agora não

danger-intro = { $for_other ->
    [yes] Se a pessoa está em perigo agora, ligue para o 110 (polícia). É grátis e atende de dia e de noite.
   *[no] Se você está em perigo agora, ligue para o 110 (polícia). É grátis e atende de dia e de noite.
}
danger-tell-more = Contar mais para achar outra ajuda

what-question = { $for_other ->
    [yes] O que está acontecendo com a pessoa? Escolha o que mais combina.
   *[no] O que está acontecendo? Escolha o que mais combina.
}
what-sexual-exploitation = Obrigam a vender sexo ou a "pagar" uma dívida (host club, vídeos adultos)
what-labor = Trabalho: não pagam, não deixam sair, ameaças, trancam, dívida com agência
what-technical-intern = { $for_other ->
    [yes] A pessoa está no Estágio Técnico
   *[no] Estou no Estágio Técnico
}
what-immigration = Passaporte retido, problemas com visto ou residência
what-sexual-violence = Violência sexual
what-domestic-violence = Violência do parceiro ou da família
what-online = Ameaças com fotos ou vídeos, conteúdo ilegal na internet
what-everyday = Discriminação ou problemas do dia a dia
what-legal = Preciso de orientação jurídica
what-go-home = { $for_other ->
    [yes] A pessoa quer voltar para o país dela
   *[no] Quero voltar para o meu país
}
what-not-sure = Não sei / outra coisa

intern-question = { $for_other ->
    [yes] A pessoa está no Estágio Técnico (技能実習生)?
   *[no] Você está no Estágio Técnico (技能実習生)?
}
intern-yes = Sim
intern-no = Não

referral-intro = Estes serviços podem ajudar. Ligue ou escreva; você escolhe.
more-options = Mais lugares que podem ajudar
only-write = Não posso falar, só escrever
more-intro = Mais lugares que podem ajudar, e outras coisas que você pode fazer.
phone-cannot-connect = Um número não funciona no meu telefone
usual-numbers = Mostrar os números normais
more-rights = Mais sobre os seus direitos
another-situation = Ver outra situação
start-over = Começar de novo

rights-intro = Seus direitos e sua segurança
back-to-contacts = Voltar aos contatos
