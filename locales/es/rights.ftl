# review: unreviewed
# checked: 2026-12-06 plain-language re-read against the English reference (machine-assisted, not yet by a native speaker); trata de personas explained by its purpose (used for work or sex) and visa as the permission to stay in Japan; shorter sentences
### Rights and safety points (flows/rights.yaml), one or two plain sentences each.

right-not-your-fault = Lo que está pasando no es su culpa. La culpa es de la persona que lo hace.
right-interpreter-110 = Puede llamar al 110 en su idioma: la policía le pone un intérprete.
right-under-18 = { $for_other ->
    [yes] Si la persona tiene menos de 18 años, usarla así para sexo o trabajo es trata de personas, aun sin fuerza ni amenazas.
   *[no] Si tiene menos de 18 años, usarle así para sexo o trabajo es trata de personas, aun sin fuerza ni amenazas.
}
right-consent = Si alguien usó fuerza, amenazas o mentiras para usarle en el trabajo o en el sexo, es trata de personas, aunque usted haya dicho que sí al principio.
right-debt-is-crime = Presionar a clientes de un host club para que trabajen en el sexo y así cobrar sus deudas es un delito: hasta 10 años de cárcel.
right-anyone-can-report = Cualquiera puede denunciar, también por otra persona y sin dar su nombre.
right-police-interview = En la policía puede pedir que le atienda una mujer policía. Intentan hablarle en su idioma, en una sala privada.
right-intern-change-site = Si no puede seguir en su lugar de práctica por razones que no pudo evitar, OTIT puede ayudarle a cambiarlo. Atiende en ocho idiomas.
right-intern-departure = Si le obligan a volver a su país, puede decirlo al oficial de inmigración del aeropuerto o puerto al salir. Un intérprete puede ayudar.
right-residence-status = Las víctimas pueden recibir ayuda con su visa (el permiso para estar en Japón): quedarse más tiempo, cambiar de estatus de residencia o un permiso especial para quedarse.
right-av-contract = Un contrato para salir en videos para adultos se puede cancelar, y usted puede exigir que esos videos ya no se muestren, tenga la edad que tenga.
right-host-club-contract = Algunas cuentas de host club se pueden cancelar con la Ley de Contratos de Consumo, por ejemplo cuando usaron el "amor" para presionarle.
right-photo-threats = Conseguir que alguien envíe fotos sexuales por Internet y luego amenazar con mostrarlas para obligarle a trabajar en el sexo es un delito: hasta 3 años de cárcel. El contenido ilegal en Internet se puede denunciar y borrar.
right-sexual-violence-any-gender = El sexo sin consentimiento es violencia sexual. Cualquier persona puede pedir ayuda, sin importar su edad o su género.
right-shelter = Los centros de apoyo para mujeres pueden dar un lugar seguro, comida e intérprete, sea cual sea su nacionalidad o edad. Los hombres víctimas de trata también pueden tener un lugar seguro.
right-legal-help = Houterasu le explica la ley y dónde pedir ayuda. Si no puede pagar, puede haber consejo legal gratis para personas de nacionalidad japonesa y para extranjeros que viven en Japón con estatus legal. Se protege el lugar donde usted vive.
right-go-home-iom = Si quiere volver a su país, la OIM (Organización Internacional para las Migraciones) ayuda a las víctimas de trata a regresar y empezar de nuevo, con apoyo de Japón.
right-discrimination = Si le niegan una vivienda, un servicio o un trato justo por ser de otro país, puede ser una violación de los derechos humanos. La Oficina de Asuntos Jurídicos puede ayudar a resolverlo.
