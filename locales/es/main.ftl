# review: unreviewed
### The main flow's screens and buttons (flows/main.yaml).
### $for_other is "yes" when the person writes for someone else.

pick-language = Elija su idioma.

who-question = ¿Quién necesita ayuda?
who-me = Yo
who-someone-else = Otra persona (un amigo, un familiar)

age-question = { $for_other ->
    [yes] ¿La persona tiene menos de 18 años?
   *[no] ¿Tiene usted menos de 18 años?
}
age-under-18 = Menos de 18 años
age-18-or-over = 18 años o más
age-not-say = Prefiero no decirlo

danger-question = { $for_other ->
    [yes] ¿La persona está en peligro ahora mismo?
   *[no] ¿Está usted en peligro ahora mismo?
}
danger-yes = Sí, en peligro ahora
danger-no = No, ahora no

danger-intro = { $for_other ->
    [yes] Si la persona está en peligro ahora, llame al 110 (policía). Es gratis y atiende de día y de noche.
   *[no] Si está en peligro ahora, llame al 110 (policía). Es gratis y atiende de día y de noche.
}
danger-tell-more = Contar más para buscar otra ayuda

what-question = { $for_other ->
    [yes] ¿Qué le está pasando a la persona? Elija lo que más se parezca.
   *[no] ¿Qué está pasando? Elija lo que más se parezca.
}
what-sexual-exploitation = Obligan a vender sexo o a "pagar" una deuda (host club, videos para adultos)
what-labor = Trabajo: no pagan, no dejan renunciar, amenazas, encierro, deuda con agencia
what-technical-intern = { $for_other ->
    [yes] La persona es practicante técnico
   *[no] Soy practicante técnico
}
what-immigration = Le quitaron el pasaporte, problemas de visa o residencia
what-sexual-violence = Violencia sexual
what-domestic-violence = Violencia de la pareja o de la familia
what-online = Amenazas con fotos o videos, contenido ilegal en Internet
what-everyday = Discriminación o problemas del día a día
what-legal = Necesito asesoría legal
what-go-home = { $for_other ->
    [yes] La persona quiere volver a su país
   *[no] Quiero volver a mi país
}
what-not-sure = No sé / otra cosa

intern-question = { $for_other ->
    [yes] ¿La persona es practicante técnico (技能実習生)?
   *[no] ¿Es usted practicante técnico (技能実習生)?
}
intern-yes = Sí
intern-no = No

referral-intro = Estos servicios pueden ayudar. Puede llamar o escribir; usted decide.
more-options = Otros lugares que pueden ayudar
only-write = No puedo hablar, solo escribir
more-intro = Otros lugares que pueden ayudar, y otras cosas que puede hacer.
phone-cannot-connect = Un número no funciona desde mi teléfono
usual-numbers = Mostrar los números normales
more-rights = Más sobre sus derechos
another-situation = Ver otra situación
start-over = Empezar de nuevo

rights-intro = Sus derechos y su seguridad
back-to-contacts = Volver a los contactos
