# review: unreviewed
# checked: 2026-12-06 plain-language re-read against the English reference (machine-assisted, not yet by a native speaker); new buttons added; visa button explains 在留資格 as the permission to stay in Japan; shorter intros
### The main flow's screens and buttons (flows/main.yaml).
### $for_other is "yes" when the person writes for someone else.

pick-language = Elija su idioma.

who-question = ¿Quién necesita ayuda?
who-me = Yo
who-me-under-18 = Yo, y tengo menos de 18 años
who-someone-else = Otra persona (un amigo, un familiar)
who-someone-under-18 = Otra persona que tiene menos de 18 años

danger-question = { $for_other ->
    [yes] ¿La persona está en peligro ahora mismo?
   *[no] ¿Está usted en peligro ahora mismo?
}
danger-yes-hurt = { $for_other ->
    [yes] Sí, y la persona tiene heridas
   *[no] Sí, y tengo heridas
}
danger-yes = Sí, en peligro ahora
danger-no = No, ahora no

danger-intro = { $hurt ->
    [yes] { $for_other ->
        [yes] Si la persona tiene heridas, llame ahora al 119 (ambulancia); si hay peligro, al 110 (policía). Los dos son gratis, día y noche.
       *[no] Si tiene heridas, llame ahora al 119 (ambulancia); si hay peligro, al 110 (policía). Los dos son gratis, día y noche.
    }
   *[no] { $for_other ->
        [yes] Si la persona está en peligro ahora, llame al 110 (policía): gratis, día y noche.
       *[no] Si está en peligro ahora, llame al 110 (policía): gratis, día y noche.
    }
}
danger-tell-more = Contar más para buscar otra ayuda

what-question = { $for_other ->
    [yes] ¿Qué le pasa a la persona? Elija lo que más se parezca.
   *[no] ¿Qué está pasando? Elija lo que más se parezca.
}
what-sexual-exploitation = Obligan a vender sexo o a "pagar" una deuda (host club, videos para adultos)
what-labor = Trabajo: no pagan, no dejan renunciar, amenazas, encierro, deuda con agencia
what-technical-intern = { $for_other ->
    [yes] La persona es practicante técnico
   *[no] Soy practicante técnico
}
what-immigration = Visa, o el permiso para quedarse en Japón (在留資格)
what-sexual-violence = Violencia sexual
what-domestic-violence = Violencia de la pareja o de la familia
what-online = Amenazas con fotos o videos, contenido ilegal en Internet
what-everyday = Discriminación o problemas del día a día
what-legal = Necesito consejo legal
what-go-home = { $for_other ->
    [yes] La persona quiere volver a su país
   *[no] Quiero volver a mi país
}
what-not-sure = No sé / otra cosa

need-question = { $for_other ->
    [yes] ¿Qué es lo que más necesita la persona ahora?
   *[no] ¿Qué es lo que más necesita ahora?
}
need-shelter = Un lugar seguro para pasar esta noche
need-report = Denunciarlo a la policía
need-documents = { $for_other ->
    [yes] Le quitaron el pasaporte o la tarjeta de residencia
   *[no] Me quitaron el pasaporte o la tarjeta de residencia
}
need-debt = Exigen pagar una deuda, una multa o una comisión
need-doctor = Un médico: heridas o enfermedad
need-advice = Consejo sobre qué se puede hacer

referral-intro = Pueden ayudarle: llame o escriba, como prefiera.
more-options = Otros lugares que pueden ayudar
only-write = No puedo hablar, solo escribir
more-intro = Otros lugares que pueden ayudar, y otras cosas que puede hacer.
phone-cannot-connect = Un número no funciona desde mi teléfono
usual-numbers = Mostrar los números normales
more-rights = Más sobre sus derechos
another-situation = Añadir otra situación
refine-man = { $for_other ->
    [yes] La persona es un hombre
   *[no] Soy hombre
}
refine-woman = { $for_other ->
    [yes] La persona es una mujer
   *[no] Soy mujer
}
refine-japanese = { $for_other ->
    [yes] La persona tiene nacionalidad japonesa
   *[no] Tengo nacionalidad japonesa
}
refine-not-japanese = { $for_other ->
    [yes] La persona no tiene nacionalidad japonesa
   *[no] No tengo nacionalidad japonesa
}
start-over = Empezar de nuevo

rights-intro = Sus derechos y su seguridad
back-to-contacts = Volver a los contactos
