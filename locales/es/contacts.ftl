# review: unreviewed
### Contact names and notes (flows/contacts.yaml). The official Japanese name is added on
### screen from the contact file, so a person can say it on the phone.

contact-police-110 = Emergencias de la policía
contact-fire-ambulance-119 = Bomberos y ambulancia
contact-police-9110 = Línea de consultas de la policía
contact-anonymous-hotline = Línea de denuncias anónimas
contact-internet-hotline-center = Centro de denuncias de contenido ilegal en Internet
contact-immigration-info-center = Centro de información de inmigración
contact-regional-immigration-bureaus = Oficinas regionales de inmigración
contact-foreign-language-human-rights-hotline = Línea de derechos humanos en idiomas extranjeros
contact-human-rights-centers-for-foreigners = Centros de consulta de derechos humanos para extranjeros
contact-internet-human-rights-counseling = Consulta de derechos humanos por Internet
contact-human-rights-hotline = Línea de derechos humanos
contact-womens-rights-hotline = Línea de derechos de la mujer
contact-childrens-rights-hotline = Línea de derechos de los niños
contact-womens-support-centers = Centros de consulta y apoyo para mujeres
contact-child-guidance-centers = Centros de orientación infantil
contact-one-stop-8891 = Centros de apoyo integral (One-Stop) para víctimas de violencia sexual
contact-police-sex-crime-8103 = Línea de la policía para víctimas de delitos sexuales
contact-dv-plus-8008 = Consulta DV Plus (violencia doméstica)
contact-otit-native-language = OTIT: ayuda en su idioma (practicantes técnicos)
contact-labor-hotline = Línea de consultas laborales (noches y fines de semana)
contact-foreign-workers-consultation = Consultas para trabajadores extranjeros
contact-general-labor-consultation = Oficinas generales de consultas laborales
contact-houterasu-multilingual = Houterasu: servicio de información en varios idiomas (ayuda legal)
contact-yorisoi-hotline = Línea Yorisoi ("a su lado")
contact-prosecutors-victim-support = Fiscalía: apoyo a las víctimas
contact-ngo-womens-advice-center = ONG: Centro de consulta para mujeres víctimas de trata de personas
contact-gov-trafficking-info = Página del gobierno sobre la trata y dónde pedir ayuda

note-110-interpreter = Si no habla japonés, diga el nombre de su idioma: la policía le pone un intérprete en una llamada a tres.
note-119-injury = Para heridas, enfermedad o incendio.
note-police-female-officer = Puede pedir que le atienda una mujer policía.
note-anonymous = No tiene que dar su nombre. También puede denunciar por otra persona.
note-ihc = Denuncie contenido ilegal en Internet; ellos piden a la página que lo borre y avisan a la policía.
note-iic-trafficking = Preguntas sobre visa, residencia y trata de personas. Varios idiomas.
note-immigration-bureau = Cada oficina tiene un contacto para casos de trata; están en la página.
note-fhrh-interpreter = Su llamada va a la oficina más cercana, con un intérprete.
note-80-languages = En persona, en unos 80 idiomas.
note-in-person = La página muestra las oficinas.
note-shelter = Pueden darle un lugar seguro para quedarse. Marque #8778 para llegar al centro de su prefectura.
note-one-stop = Apoyo médico, emocional y legal en un solo lugar, para cualquier edad o género.
note-8103 = Le comunica con la línea de la policía de la prefectura donde usted está.
note-otit = Por e-mail o teléfono. También hay una oficina SOS para violencia y amenazas.
note-number-on-page = El número de teléfono está en la página.
note-hours-vary = Idiomas y horarios cambian según la oficina; la página los muestra.
note-houterasu = Le informa sobre la ley y dónde pedir ayuda.
note-prosecutors = Personal de apoyo acompaña a las víctimas durante el proceso judicial.
note-japanese-only = Solo en japonés.
