# review: unreviewed
# checked: 2026-12-06 plain-language re-read against the English reference (machine-assisted, not yet by a native speaker); tráfico de pessoas explained by its purpose (used for work or sex) and visa as the permission to stay in Japan; shorter sentences
### Rights and safety points (flows/rights.yaml), one or two plain sentences each.

right-not-your-fault = O que está acontecendo não é culpa sua. A culpa é de quem faz isso.
right-interpreter-110 = Você pode ligar para o 110 no seu idioma: a polícia chama um intérprete.
right-under-18 = { $for_other ->
    [yes] Se a pessoa tem menos de 18 anos, usá-la assim para sexo ou trabalho é tráfico de pessoas, mesmo sem força ou ameaças.
   *[no] Se você tem menos de 18 anos, usar você assim para sexo ou trabalho é tráfico de pessoas, mesmo sem força ou ameaças.
}
right-consent = Se alguém usou força, ameaças ou mentiras para usar você no trabalho ou no sexo, é tráfico de pessoas, mesmo que você tenha dito sim no começo.
right-debt-is-crime = Pressionar clientes de host club a trabalhar com sexo para cobrar as dívidas deles é crime: até 10 anos de prisão.
right-anyone-can-report = Qualquer pessoa pode denunciar, também por outra pessoa e sem dar o nome.
right-police-interview = Na polícia, você pode pedir uma policial mulher. Eles tentam falar com você no seu idioma, numa sala reservada.
right-intern-change-site = Se você não pode continuar no seu local de estágio por motivos que não pôde evitar, a OTIT pode ajudar você a mudar de local. Ela atende em oito idiomas.
right-intern-departure = Se estão obrigando você a voltar ao seu país, pode contar ao agente de imigração no aeroporto ou porto, na saída. Um intérprete pode ajudar.
right-residence-status = As vítimas podem receber ajuda com o visto (a permissão para ficar no Japão): ficar mais tempo, mudar o status de residência ou ter uma permissão especial para ficar.
right-av-contract = Um contrato para aparecer em vídeos adultos pode ser cancelado, e você pode exigir que os vídeos não sejam mais mostrados, qualquer que seja a sua idade.
right-host-club-contract = Algumas contas de host club podem ser canceladas pela Lei de Contratos de Consumo, por exemplo quando usaram o "romance" para pressionar você.
right-photo-threats = Fazer alguém enviar fotos íntimas pela internet e depois ameaçar mostrar as fotos para obrigar a pessoa a trabalhar com sexo é crime: até 3 anos de prisão. Conteúdo ilegal na internet pode ser denunciado e removido.
right-sexual-violence-any-gender = Sexo sem consentimento é violência sexual. Qualquer pessoa pode pedir ajuda, seja qual for a idade ou o gênero.
right-shelter = Os centros de apoio à mulher podem oferecer um lugar seguro, comida e intérprete, seja qual for a sua nacionalidade ou idade. Homens vítimas de tráfico de pessoas também podem receber um lugar seguro.
right-legal-help = A Houterasu explica a lei e onde buscar ajuda. Se você não pode pagar, pode haver orientação jurídica grátis para quem tem nacionalidade japonesa e para estrangeiros que moram no Japão com status legal. O lugar onde você mora fica protegido.
right-go-home-iom = Se você quer voltar para o seu país, a OIM (Organização Internacional para as Migrações) ajuda vítimas de tráfico a voltar e recomeçar, com apoio do Japão.
right-discrimination = Se negam a você uma moradia, um serviço ou um tratamento justo porque você é de outro país, isso pode ser uma violação de direitos humanos. O Escritório de Assuntos Jurídicos pode ajudar a resolver.
