# review: unreviewed
### Contact names and notes (flows/contacts.yaml). The official Japanese name is added on
### screen from the contact file, so a person can say it on the phone.

contact-police-110 = Emergência da polícia
contact-fire-ambulance-119 = Bombeiros e ambulância
contact-police-9110 = Linha de consulta da polícia
contact-anonymous-hotline = Linha de denúncia anônima
contact-internet-hotline-center = Central de denúncia de conteúdo ilegal na internet
contact-immigration-info-center = Centro de informações de imigração
contact-regional-immigration-bureaus = Escritórios regionais de imigração
contact-foreign-language-human-rights-hotline = Linha de direitos humanos em línguas estrangeiras
contact-human-rights-centers-for-foreigners = Centros de consulta sobre direitos humanos para estrangeiros
contact-internet-human-rights-counseling = Consulta sobre direitos humanos pela internet
contact-human-rights-hotline = Linha de direitos humanos
contact-womens-rights-hotline = Linha de direitos da mulher
contact-childrens-rights-hotline = Linha de direitos da criança
contact-womens-support-centers = Centros de consulta e apoio à mulher
contact-child-guidance-centers = Centros de orientação infantil
contact-one-stop-8891 = Centros de apoio integral (One-Stop) para vítimas de violência sexual
contact-police-sex-crime-8103 = Linha da polícia para vítimas de crimes sexuais
contact-dv-plus-8008 = Consulta DV Plus (violência doméstica)
contact-otit-native-language = OTIT: ajuda no seu idioma (Estágio Técnico)
contact-labor-hotline = Linha de consulta trabalhista (noites e fins de semana)
contact-foreign-workers-consultation = Consulta para trabalhadores estrangeiros
contact-general-labor-consultation = Postos de consulta trabalhista geral
contact-houterasu-multilingual = Houterasu: informação em vários idiomas (ajuda jurídica)
contact-yorisoi-hotline = Linha Yorisoi ("ao seu lado")
contact-prosecutors-victim-support = Ministério Público: apoio às vítimas
contact-ngo-womens-advice-center = ONG: Centro de orientação à mulher para vítimas de tráfico de pessoas
contact-gov-trafficking-info = Página do governo sobre tráfico de pessoas e onde pedir ajuda

note-110-interpreter = Se não fala japonês, diga o nome do seu idioma: a polícia chama um intérprete numa ligação a três.
note-119-injury = Para ferimentos, doença ou incêndio.
note-police-female-officer = Você pode pedir para falar com uma policial mulher.
note-anonymous = Você não precisa dar o seu nome. Também pode denunciar por outra pessoa.
note-ihc = Denuncie conteúdo ilegal na internet; eles pedem ao site para apagar e avisam a polícia.
note-iic-trafficking = Dúvidas sobre visto, residência e tráfico de pessoas. Vários idiomas.
note-immigration-bureau = Cada escritório tem um contato para tráfico de pessoas; a lista está na página.
note-fhrh-interpreter = Sua ligação vai para o escritório mais próximo, com um intérprete.
note-80-languages = Atendimento presencial, em cerca de 80 idiomas.
note-in-person = A lista dos escritórios está na página.
note-shelter = Pode oferecer um lugar seguro para ficar. Disque #8778 para falar com o centro da sua província.
note-one-stop = Apoio médico, emocional e jurídico num só lugar, para qualquer idade ou gênero.
note-8103 = Liga você com a linha da polícia da província onde você está.
note-otit = Por e-mail ou telefone. Há também atendimento SOS para violência e ameaças.
note-number-on-page = O número de telefone está na página.
note-hours-vary = Idiomas e horários mudam conforme o escritório; veja na página.
note-houterasu = Explica sobre a lei e onde buscar ajuda.
note-prosecutors = Agentes de apoio ajudam as vítimas durante o processo na justiça.
note-japanese-only = Só em japonês.
