# review: unreviewed
### Rights and safety points (flows/rights.yaml), one or two plain sentences each.

right-not-your-fault = O que está acontecendo não é culpa sua. A culpa é de quem faz isso.
right-interpreter-110 = Você pode ligar para o 110 no seu idioma: a polícia chama um intérprete numa ligação a três.
right-under-18 = { $for_other ->
    [yes] Se a pessoa tem menos de 18 anos, usá-la assim para sexo ou trabalho é tráfico de pessoas, mesmo sem força ou ameaças.
   *[no] Se você tem menos de 18 anos, usar você assim para sexo ou trabalho é tráfico de pessoas, mesmo sem força ou ameaças.
}
right-consent = Se alguém usou força, ameaças ou mentiras, é tráfico de pessoas, mesmo que você tenha dito sim no começo.
right-debt-is-crime = Empurrar clientes de host club a trabalhar com sexo para cobrar as dívidas deles é crime: até 10 anos de prisão.
right-anyone-can-report = Qualquer pessoa pode denunciar, também por outra pessoa e sem dar o nome.
right-police-interview = Na polícia, você pode pedir para falar com uma policial mulher. Eles tentam falar com você no seu idioma, numa sala reservada.
right-intern-change-site = Se você não pode continuar no seu local de estágio por motivos que não pôde evitar, a OTIT pode ajudar você a mudar de local de estágio. A OTIT responde em oito idiomas.
right-intern-departure = Se estão mandando você de volta ao seu país contra a sua vontade, pode contar ao agente de imigração no aeroporto ou porto, na saída. Um intérprete pode ajudar.
right-residence-status = As vítimas podem receber ajuda com o visto: ficar mais tempo, mudar o status de residência ou ter uma permissão especial para ficar.
right-av-contract = Um contrato para aparecer em vídeos adultos pode ser cancelado, e você pode exigir que os vídeos não sejam mais mostrados, qualquer que seja a sua idade.
right-host-club-contract = Algumas contas de host club podem ser canceladas pela Lei de Contratos de Consumo, por exemplo quando usaram o "romance" para pressionar você.
right-photo-threats = Fazer alguém enviar fotos íntimas pela internet e depois ameaçar espalhá-las para obrigar a pessoa a trabalhar com sexo é crime: até 3 anos de prisão. Conteúdo ilegal na internet pode ser denunciado e removido.
right-sexual-violence-any-gender = Sexo sem consentimento é violência sexual. Qualquer pessoa pode pedir ajuda, seja qual for a idade ou o gênero.
right-shelter = Os centros de apoio à mulher podem oferecer um lugar seguro, comida e intérprete, seja qual for a sua nacionalidade ou idade. Homens vítimas de tráfico de pessoas também podem receber um lugar seguro.
right-legal-help = A Houterasu explica sobre a lei e onde buscar ajuda. Se você não pode pagar, pode haver orientação jurídica grátis para cidadãos japoneses e para estrangeiros residentes com status legal. O lugar onde você mora fica protegido.
right-go-home-iom = Se você quer voltar para o seu país, a OIM (Organização Internacional para as Migrações) ajuda vítimas de tráfico a voltar e recomeçar, com apoio do Japão.
right-discrimination = Se negam a você um apartamento, um serviço ou um tratamento justo porque você é de outro país, isso pode ser uma violação de direitos humanos. O Escritório de Assuntos Jurídicos pode ajudar a resolver.
