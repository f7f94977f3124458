# review: unreviewed
### Contact names and notes (flows/contacts.yaml). The official Japanese name is added on
### screen from the contact file, so a person can say it on the phone.

contact-police-110 = Цагдаагийн яаралтай дуудлага
contact-fire-ambulance-119 = Гал түймэр ба түргэн тусламж
contact-police-9110 = Цагдаагийн зөвлөгөөний утас
contact-anonymous-hotline = Нэрээ нууцалж мэдээлэх утас
contact-internet-hotline-center = Интернэтийн мэдээлэл хүлээн авах төв
contact-immigration-info-center = Цагаачлалын мэдээллийн төв
contact-regional-immigration-bureaus = Бүс нутгийн цагаачлалын газрууд
contact-foreign-language-human-rights-hotline = Гадаад хэл дээрх хүний эрхийн утас
contact-human-rights-centers-for-foreigners = Гадаадын иргэдэд зориулсан хүний эрхийн зөвлөгөөний төвүүд
contact-internet-human-rights-counseling = Интернэтээр хүний эрхийн зөвлөгөө
contact-human-rights-hotline = Хүний эрхийн утас
contact-womens-rights-hotline = Эмэгтэйчүүдийн эрхийн утас
contact-childrens-rights-hotline = Хүүхдийн эрхийн утас
contact-womens-support-centers = Эмэгтэйчүүдэд зөвлөгөө, дэмжлэг үзүүлэх төвүүд
contact-child-guidance-centers = Хүүхдийн зөвлөгөөний төвүүд
contact-one-stop-8891 = Бэлгийн хүчирхийллийн хохирогчдод зориулсан нэг цэгийн үйлчилгээний төвүүд
contact-police-sex-crime-8103 = Бэлгийн гэмт хэргийн хохирогчдод зориулсан цагдаагийн утас
contact-dv-plus-8008 = DV Consultation Plus (гэр бүлийн хүчирхийллийн зөвлөгөө)
contact-otit-native-language = OTIT-ийн эх хэл дээрх тусламж (техникийн дадлагажигчдад)
contact-labor-hotline = Хөдөлмөрийн стандартын зөвлөгөөний утас (орой, амралтын өдөр)
contact-foreign-workers-consultation = Гадаад ажилчдад зориулсан зөвлөгөө
contact-general-labor-consultation = Хөдөлмөрийн ерөнхий зөвлөгөөний цэгүүд
contact-houterasu-multilingual = Houterasu олон хэлний мэдээллийн үйлчилгээ (хуулийн туслалцаа)
contact-yorisoi-hotline = Yorisoi тусламжийн утас
contact-prosecutors-victim-support = Прокурорын газар: хохирогчдод туслах үйлчилгээ
contact-ngo-womens-advice-center = Хүн худалдаалах гэмт хэргийн хохирогчдод зориулсан эмэгтэйчүүдийн зөвлөгөөний төв (ТББ, NGO)
contact-gov-trafficking-info = Хүн худалдаалах гэмт хэрэг, хаанаас тусламж авах тухай засгийн газрын хуудас

note-110-interpreter = Хэрэв та япон хэл мэдэхгүй бол хэлнийхээ нэрийг хэлээрэй: цагдаа гурван талт дуудлагаар орчуулагч холбож өгнө.
note-119-injury = Гэмтэл, өвчин, гал түймрийн үед.
note-police-female-officer = Та эмэгтэй цагдаа хүсч болно.
note-anonymous = Та нэрээ хэлэх шаардлагагүй. Мөн өөр хүний өмнөөс мэдээлж болно.
note-ihc = Интернэт дэх хууль бус контентыг мэдээлнэ; тэд сайтаас устгахыг хүсч, цагдаад мэдэгддэг.
note-iic-trafficking = Виз, оршин суух эрх болон хүн худалдаалах асуудлаар асууж болно. Хэд хэдэн хэлээр.
note-immigration-bureau = Газар бүр хүн худалдаалах асуудлаар хандах цэгтэй; хуудсанд жагсаалт бий.
note-fhrh-interpreter = Таны дуудлага орчуулагчаар дамжин хамгийн ойрын газарт холбогдоно.
note-80-languages = Биечлэн очиж, 80 орчим хэлээр.
note-in-person = Албан газруудын жагсаалт хуудсанд бий.
note-shelter = Аюулгүй байх газар өгч чадна. Өөрийн байгаа мужийн төвтэй холбогдохын тулд #8778 руу залгаарай.
note-one-stop = Эмнэлгийн, сэтгэл зүйн, хуулийн тусламжийг нэг дороос, ямар ч нас, хүйсийн хүнд.
note-8103 = Таны байгаа мужийн цагдаагийн утастай холбоно.
note-otit = Имэйл эсвэл утсаар. Мөн хүчирхийлэл, сүрдүүлгийн асуудлаар SOS цэг бий.
note-number-on-page = Утасны дугаар нь хуудсан дээр бий.
note-hours-vary = Хэл болон цаг нь газар бүрт өөр; хуудсанд жагсаалт бий.
note-houterasu = Хуулийн талаар болон хаанаас тусламж авахыг хэлж өгнө.
note-prosecutors = Дэмжлэгийн ажилтнууд шүүхийн явцад хохирогчдод тусалдаг.
note-japanese-only = Зөвхөн япон хэлээр.
