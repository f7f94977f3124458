# review: unreviewed
# checked: 2026-12-06 plain-language re-read against the English reference (machine-assisted, not yet by a native speaker); new buttons added; visa button explains 在留資格 as the permission to stay in Japan; shorter intros
### The main flow's screens and buttons (flows/main.yaml).
### $for_other is "yes" when the person writes for someone else.

pick-language = Escolha o seu idioma.

who-question = Quem precisa de ajuda?
who-me = Eu
who-me-under-18 = Eu, e tenho menos de 18 anos
who-someone-else = Outra pessoa (um amigo, um familiar)
who-someone-under-18 = Outra pessoa com menos de 18 anos

danger-question = { $for_other ->
    [yes] A pessoa está em perigo agora?
   *[no] Você está em perigo agora?
}
danger-yes-hurt = { $for_other ->
    [yes] Sim, e a pessoa está machucada
   *[no] Sim, e estou machucado(a)
}
danger-yes = Sim, em perigo agora
danger-no = Não, agora não

danger-intro = { $hurt ->
    [yes] { $for_other ->
        [yes] Se a pessoa está machucada, ligue agora 119 (ambulância); se há perigo, 110 (polícia). Os dois são grátis, dia e noite.
       *[no] Se você está machucado(a), ligue agora 119 (ambulância); se há perigo, 110 (polícia). Os dois são grátis, dia e noite.
    }
   *[no] { $for_other ->
        [yes] Se a pessoa está em perigo agora, ligue 110 (polícia): grátis, dia e noite.
       *[no] Se você está em perigo agora, ligue 110 (polícia): grátis, dia e noite.
    }
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
what-immigration = Visto, ou a permissão para ficar no Japão (在留資格)
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

need-question = { $for_other ->
    [yes] Do que a pessoa mais precisa agora?
   *[no] Do que você mais precisa agora?
}
need-shelter = Um lugar seguro para passar esta noite
need-report = Denunciar à polícia
need-documents = { $for_other ->
    [yes] Tomaram o passaporte ou o cartão de residência dela
   *[no] Tomaram o meu passaporte ou cartão de residência
}
need-debt = Mandam pagar uma dívida, uma multa ou uma taxa
need-doctor = Um médico: ferimento ou doença
need-advice = Orientação sobre o que pode ser feito

referral-intro = Eles podem ajudar: ligue ou escreva, como preferir.
more-options = Mais lugares que podem ajudar
only-write = Não posso falar, só escrever
more-intro = Mais lugares que podem ajudar, e outras coisas que você pode fazer.
phone-cannot-connect = Um número não funciona no meu telefone
usual-numbers = Mostrar os números normais
more-rights = Mais sobre os seus direitos
another-situation = Adicionar outra situação
refine-man = { $for_other ->
    [yes] A pessoa é homem
   *[no] Sou homem
}
refine-woman = { $for_other ->
    [yes] A pessoa é mulher
   *[no] Sou mulher
}
refine-japanese = { $for_other ->
    [yes] A pessoa tem nacionalidade japonesa
   *[no] Tenho nacionalidade japonesa
}
refine-not-japanese = { $for_other ->
    [yes] A pessoa não tem nacionalidade japonesa
   *[no] Não tenho nacionalidade japonesa
}
start-over = Começar de novo

rights-intro = Seus direitos e sua segurança
back-to-contacts = Voltar aos contatos
