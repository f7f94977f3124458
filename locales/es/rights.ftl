# review: unreviewed
### Rights and safety points (flows/rights.yaml), one or two plain sentences each.

right-not-your-fault = Lo que está pasando no es su culpa. La culpa es de la persona que lo hace.
right-interpreter-110 = Puede llamar al 110 en su idioma: la policía le pone un intérprete en una llamada a tres.
right-under-18 = { $for_other ->
    [yes] Si la persona tiene menos de 18 años, usarla así para sexo o trabajo es trata de personas, aunque no haya fuerza ni amenazas.
   *[no] Si usted tiene menos de 18 años, usarle así para sexo o trabajo es trata de personas, aunque no haya fuerza ni amenazas.
}
right-consent = Si alguien usó fuerza, amenazas o mentiras, es trata de personas, aunque usted haya dicho que sí al principio.
right-debt-is-crime = Empujar a clientes de un host club a trabajar en el sexo para cobrar sus deudas es un delito: hasta 10 años de cárcel.
right-anyone-can-report = Cualquiera puede denunciar, también por otra persona y sin dar su nombre.
right-police-interview = En la policía puede pedir que le atienda una mujer policía. Intentan hablar con usted en su propio idioma, en una sala privada.
right-intern-change-site = Si usted no puede seguir en su lugar de práctica por razones que no pudo evitar, OTIT puede ayudarle a cambiar de lugar de práctica. OTIT responde en ocho idiomas.
right-intern-departure = Si le envían a su país contra su voluntad, puede decirlo al oficial de inmigración del aeropuerto o puerto al salir. Un intérprete puede ayudar.
right-residence-status = Las víctimas pueden recibir ayuda con su visa: una estancia más larga, un cambio de estatus de residencia o un permiso especial para quedarse.
right-av-contract = Un contrato para salir en videos para adultos se puede cancelar, y usted puede exigir que esos videos ya no se muestren, tenga la edad que tenga.
right-host-club-contract = Algunas cuentas de host club se pueden cancelar con la Ley de Contratos de Consumo, por ejemplo cuando usaron el "amor" para presionarle.
right-photo-threats = Hacer que alguien envíe fotos sexuales por Internet y luego amenazar con compartirlas para obligarle a trabajar en el sexo es un delito: hasta 3 años de cárcel. El contenido ilegal en Internet se puede denunciar y borrar.
right-sexual-violence-any-gender = El sexo sin consentimiento es violencia sexual. Cualquier persona puede pedir ayuda, sin importar su edad o su género.
right-shelter = Los centros de apoyo para mujeres pueden dar un lugar seguro, comida e intérprete, sin importar su nacionalidad o edad. Los hombres víctimas de trata también pueden recibir un lugar seguro.
right-legal-help = Houterasu le informa sobre la ley y dónde pedir ayuda. Si no puede pagar, puede haber asesoría legal gratis para ciudadanos japoneses y para residentes extranjeros con estatus legal. El lugar donde usted vive se mantiene protegido.
right-go-home-iom = Si quiere volver a su país, la OIM (Organización Internacional para las Migraciones) ayuda a las víctimas de trata a regresar y empezar de nuevo, con apoyo de Japón.
right-discrimination = Si le niegan un departamento, un servicio o un trato justo por ser de otro país, puede ser una violación de los derechos humanos. La Oficina de Asuntos Jurídicos puede ayudar a resolverlo.
