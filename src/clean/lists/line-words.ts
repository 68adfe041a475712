/**
 * Data only: the words the line classifier (../line-classifier.ts) reads. Function words per
 * language, for a line's stop-word share in its document's language (prose is made of them,
 * page furniture is not), and cue words in several languages, by kind. A word list entry ending
 * in "*" matches words starting with it ("photo*": "photos", "photographer"); others match the
 * whole word. Words are lower case; a line's words are its runs of letters and digits.
 *
 * Changing a list changes the features the committed model was trained on: run `npm run train`
 * and commit the new src/clean/lists/line-model.ts with it.
 */

/** The commonest function words of each language. */
export const stopWords: Readonly<Record<string, string>> = {
  en: 'the a an and or but of to in on at by for with from as is are was were be been being it its this that these those he she they we you i his her him them their our your my me us not no do does did has have had will would can could should may might must than then there here which who whom whose what when where why how all any some more most also just about after before over under into out up down if so such only very said says',
  de: 'der die das den dem des ein eine einen einem einer eines und oder aber nicht kein keine keinen ist sind war waren wird werden wurde wurden hat haben hatte hatten sein seine seiner seinen ihr ihre ihrer ihren es er sie wir ich du man sich auf in im an am zu zum zur mit von vom bei beim für aus nach über unter vor durch um als auch noch nur schon so wie wenn dass daß was wer wo dies diese dieser dieses diesen bis gegen sehr mehr kann können muss müssen soll sollen will dann denn doch ob einem uns',
  fr: 'le la les l un une des du de d et ou mais ne n pas plus est sont était étaient été être a ont avait avaient il elle ils elles on nous vous je j se s sa son ses leur leurs ce c cette ces qui que qu quoi dont où dans en sur sous par pour avec sans chez au aux entre après avant comme aussi très tout tous toute toutes si y lui eux même déjà encore',
  es: 'el la los las un una unos unas y e o u pero no es son era eran fue fueron ser ha han había habían de del al a en con por para sin sobre entre desde hasta que quien quienes como más muy ya se su sus lo le les este esta estos estas ese esa esos esas eso también porque cuando donde mi nos hay está están sido tiene tienen',
  it: 'il lo la i gli le un una uno e ed o ma non è sono era erano essere ha hanno aveva di del dello della dei degli delle da dal dalla dai in nel nello nella nei con su sul sulla per tra fra che chi come anche più molto si suo sua suoi sue questo questa questi quello quella al alla ai agli ci ne',
  pt: 'o a os as um uma uns umas e ou mas não é são era eram foi foram ser tem têm tinha de do da dos das em no na nos nas num numa com por pelo pela para sem sobre entre que quem como mais muito se seu sua seus suas este esta isto esse essa isso ao aos à às também já ele ela eles elas',
  nl: 'de het een en of maar niet geen is zijn was waren wordt worden werd hebben heeft had hij zij ze wij we ik je jij u van in op aan met voor door bij uit naar over onder als ook nog al dat die dit deze wat wie waar er om te tot dan zo hun haar',
  pl: 'i w we z ze na do od nie to jest są był była było byli były że jak ale lub czy o po przez dla przy za się jego jej ich ten ta te tego tej tym który która które także już tylko bardzo może oraz jednak a',
  ru: 'и в во не что он она оно они на я с со как а то все всё так его её ее их но да ты к у же вы за бы по только мне было вот от меня ещё еще нет о об из ему когда даже ли если уже или ни быть был была были до вас там себя может тут где есть для мы чем без под будет кто этот эта это эти того этого этой этом потому какой который которая которое которые при после над через про между также чтобы более',
  uk: 'і й та в у на з із зі до від що як це цей ця ці цього цієї не він вона воно вони ми ви я ти його її їх є був була було були буде бути за по про при для без під над між через але або чи так ще вже також тому коли де який яка яке які якого свій своє себе нас вас вам нам їм ним неї них тільки лише може можна після перед навіть дуже щоб',
  sv: 'och i att det som en ett på är av för med till den de har inte om men var jag sig från vi så kan man när år säger hon han nu ska än eller över efter under också hade bara alla mot vid sina sin sitt vara blir blev där här vad hur vilka vilken vilket detta dessa denna deras hans hennes dem oss du ni mycket mer redan samt två',
  da: 'og i at det som en et på er af for med til den de har ikke om men var jeg sig fra vi så kan man når år siger hun han nu skal end eller over efter under også havde kun alle mod ved sine sin sit være bliver blev der her hvad hvordan hvilke dette disse denne deres hans hendes dem os du meget mere allerede samt to',
  no: 'og i at det som en et på er av for med til den de har ikke om men var jeg seg fra vi så kan man når år sier hun han nå skal enn eller over etter under også hadde bare alle mot ved sine sin sitt være blir ble der her hva hvordan hvilke dette disse denne deres hans hennes dem oss du dere mye mer allerede samt to',
  id: 'yang dan di ke dari ini itu dengan untuk dalam pada adalah tidak akan juga atau karena oleh sebagai telah sudah bisa ada saat para kami kita mereka ia dia saya tersebut namun tetapi bahwa hingga lebih agar setelah serta sebuah seorang masih harus',
};

/**
 * Cue words by kind. A cue word is evidence, never a verdict: "The photo of the detention was
 * shared 10,000 times." holds two and is a sentence of the article; the model weighs the cue
 * against the line's length, punctuation and function words.
 */
export const cueWords: Readonly<Record<string, string>> = {
  /** Photos, videos and their credits. */
  media: 'photo* foto* фото* image images imagen* bild bilder picture* pictured pic pics video* vidéo* vídeo* видео* відео* caption* légende* leyenda* подпись credit* crédit* getty shutterstock gallery galerie galería galleria illustration* illustrativ* ілюстрац* иллюстрац* screenshot* скриншот* скріншот* replay audio podcast* listen hören écouter escuchar слушать слухати',
  /** Subscribing, following and sharing. */
  social: 'subscribe* subscription* abonn* suscríb* suscrib* suscripci* подписыва* подпишит* подписк* підпису* підпиш* підписк* newsletter* infolettre follow folgen folgt suivez suivre síguenos sigue seguir segui* следите стежте share shared sharing teilen partager partagez compartir compartido comparte поделит* поделиться поширит* поділит* facebook twitter telegram instagram whatsapp youtube tiktok linkedin pinterest viber вконтакте телеграм* rss download* app',
  /** Links to other stories. */
  related: 'related read lesen lire lisez lee leer leggi читайте читати also auch aussi también anche также також more mehr weitere plus más más ещё ще recommended empfehlung* empfohlen* recommand* recomend* raccomand* trending popular beliebt* populaire* популярн* latest neueste* neuesten últim* dernier* dernière* ultime* последн* останн* see siehe voir ver топ top story stories themen topics tags schlagworte мітки теги тэги tema temas sujets',
  /** Comments and accounts. */
  comments: 'comment* kommentar* коммент* комент* comentari* commentaire* commenti reply replies antworten répondre responder log login anmelden registr* sign войти увійти зарегистр* зареєстр*',
  /** Advertising. */
  ad: 'advertisement* advertis* advert ads ad anzeige anzeigen werbung publicité publicidad pubblicità anuncio* реклама рекламa реклами sponsored sponsor* gesponsert sponsorisé patrocinad* promoted partner* спонсор* affiliate',
  /** Bylines and authors. */
  byline: 'by von par por di door автор* author* written verfasst écrit escrito reporter* reporterin korrespondent* correspondent* correspondant* corresponsal* редакц* editor* redaktion rédaction redacción redazione journalist* журналист* журналіст*',
  /** Dates of the page, not of the story. */
  dateline: 'updated update aktualisiert actualisé actualizado* aggiornat* обновлен* оновлен* published veröffentlicht publié publicado pubblicat* опубликован* опубліковано posted ago hours minutes stunden minuten heures horas minutos ore minuti часов часа минут хвилин годин годину',
  /** Copyright and legal lines. */
  copyright: 'copyright rights reserved rechte vorbehalten droits réservés derechos reservados diritti riservati права защищены захищені',
};
