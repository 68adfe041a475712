/**
 * Page furniture as data, for the HTML extractor (src/extract: it drops such paragraphs) and the
 * `page-furniture` cleaning rule (src/clean: it removes such lines of a plain text): one list for
 * both, so that a page and its scraped text lose the same lines.
 */
import { sentenceEnd, siteDomain, straightApostrophes } from './regexp.js';

/**
 * A blog's comment form, post navigation and Jetpack's share and like bars, as WordPress and its
 * themes print them in every locale ("Leave a Reply", "Your email address will not be
 * published.", "Save my name, email, and website in this browser for the next time I
 * comment.", "Previous post", "Like Loading..."): what a scraped auto-blog post keeps below its
 * text. Compared as `lineKey` leaves them.
 */
const commentFormLines = [
  'leave a reply', 'cancel reply', 'post comment', 'submit comment', 'reply', 'please enter your comment', 'please enter your name here',
  'you have entered an incorrect email address', 'your email address will not be published', 'required fields are marked *',
  'you must be logged in to post a comment',
  'previous post', 'next post', 'previous article', 'next article', 'share this entry', 'want to join the discussion?',
  'antworten', 'répondre', 'responder', 'rispondi', 'odpowiedz', 'ответить', 'відповісти',
  'schreibe einen kommentar', 'hinterlasse einen kommentar', 'antworten abbrechen', 'kommentar absenden', 'deine e-mail-adresse wird nicht veröffentlicht',
  'ihre e-mail-adresse wird nicht veröffentlicht', 'erforderliche felder sind mit * markiert', 'du musst angemeldet sein, um einen kommentar abzugeben', 'vorheriger beitrag', 'nächster beitrag', 'vorheriger artikel', 'nächster artikel',
  'laisser un commentaire', 'annuler la réponse', 'votre adresse e-mail ne sera pas publiée', 'les champs obligatoires sont indiqués avec *', 'vous devez être connecté pour publier un commentaire', 'article précédent', 'article suivant',
  'deja una respuesta', 'cancelar respuesta', 'tu dirección de correo electrónico no será publicada', 'los campos obligatorios están marcados con *', 'debes haber iniciado sesión para publicar un comentario', 'entrada anterior', 'entrada siguiente', 'artículo anterior', 'artículo siguiente',
  'lascia un commento', 'annulla risposta', 'il tuo indirizzo email non sarà pubblicato', 'i campi obbligatori sono contrassegnati *', 'devi essere connesso per inviare un commento', 'articolo precedente', 'articolo successivo',
  'deixe um comentário', 'deixe uma resposta', 'cancelar resposta', 'o seu endereço de email não será publicado', 'o seu endereço de e-mail não será publicado', 'campos obrigatórios são marcados com *', 'você precisa fazer o login para publicar um comentário', 'post anterior', 'próximo post',
  'dodaj komentarz', 'anuluj pisanie odpowiedzi', 'twój adres e-mail nie zostanie opublikowany', 'wymagane pola są oznaczone *', 'musisz się zalogować, aby móc dodać komentarz', 'poprzedni wpis', 'następny wpis', 'poprzedni artykuł', 'następny artykuł',
  'добавить комментарий', 'отменить ответ', 'ваш адрес email не будет опубликован', 'обязательные поля помечены *', 'для отправки комментария вам необходимо авторизоваться', 'предыдущая запись', 'следующая запись', 'предыдущая статья', 'следующая статья',
  'залишити коментар', 'скасувати відповідь', 'ваша e-mail адреса не оприлюднюватиметься', "обов'язкові поля позначені *", 'попередній запис', 'наступний запис', 'попередня стаття', 'наступна стаття',
  // Jetpack's share and like bars under a post, in its locales ("Share this:", "Like Loading...",
  // "Gefällt mir Wird geladen …"); not the English "Like this:" alone, which may introduce an example
  'like loading', 'like loading…', 'teilen mit', 'gefällt mir', 'gefällt mir wird geladen …', 'gefällt mir wird geladen…',
  "j'aime chargement…", "j'aime chargement", "j'aime ça", 'comparte esto', 'compartir esto', 'me gusta esto', 'me gusta cargando',
  'mi piace caricamento…', 'mi piace caricamento', 'compartilhe isso', 'curtir isso', 'curtir carregando', 'partilhar isto', 'gostar disto',
  'podoba mi się', 'lubię wczytywanie…', 'поделиться ссылкой', 'нравится загрузка', 'подобається завантаження', 'bagikan ini', 'sukai ini', 'suka memuat',
];

/**
 * Headings over a list of other articles' headlines, in the lists' languages ("You might also
 * like", "Empfehlungen der Redaktion", "Dans la même rubrique", "Другие новости"), and over a
 * Q&A page's other questions and a blog's recent posts (compared as `boilerplateLines` are).
 * Listed lines wherever they stand; `page-furniture` takes the headlines under them too. Not
 * "Read more": an expander's label, the article goes on below it.
 */
export const teaserHeadings: readonly string[] = [
  'related', 'related articles', 'related stories', 'related content', 'related coverage', 'related news',
  'related posts', 'related links', 'related reading', 'more on this story', 'more on this topic',
  'you may also like', 'you might also like', 'recommended', 'recommended for you', 'recommended stories',
  'recommended articles', 'recommended reading', 'trending', 'trending now', 'trending stories', 'most popular',
  'most read', 'most viewed', 'most shared', 'read next', 'more stories', 'more news', 'top stories',
  'latest stories', 'latest news', "editor's picks", "editors' picks", 'popular now', 'you may be interested in',
  'it may interest you', 'it might interest you',
  'also read', 'read also', 'see also', 'further reading', 'similar questions', 'related questions', 'recent posts',
  'latest posts',
  // German
  'lesen sie auch', 'lest auch', 'lies auch', 'mehr zum thema', 'zum thema', 'das könnte sie auch interessieren',
  'das könnte sie interessieren', 'das könnte sie ebenfalls interessieren', 'das könnte dich auch interessieren',
  'das könnte dich interessieren', 'auch interessant', 'weitere artikel', 'verwandte artikel', 'ähnliche artikel',
  'mehr aus dem ressort', 'meistgelesen', 'meistgelesene', 'meistgelesene artikel', 'am meisten gelesen', 'meist gelesen', 'am beliebtesten', 'top-artikel', 'empfohlene artikel',
  'mehr themen', 'weitere themen', 'mehr nachrichten', 'weitere nachrichten', 'mehr news', 'weitere news',
  'empfehlungen der redaktion', 'unsere empfehlungen', 'top-themen', 'themen des tages', 'passend dazu',
  'passend zum thema', 'zum weiterlesen', 'mehr aus der region', 'neueste artikel', 'neueste beiträge',
  'beliebte artikel', 'beliebteste artikel', 'ähnliche beiträge', 'verwandte beiträge', 'weitere beiträge',
  'mehr zu diesem thema', 'ähnliche fragen', 'verwandte fragen',
  // French
  'lire aussi', 'à lire aussi', 'à lire également', 'sur le même sujet', 'sur le même thème', 'voir aussi',
  'articles similaires', 'articles liés', 'les plus lus', 'les plus partagés', 'les plus commentés',
  'dans la même rubrique', 'nos autres articles', 'à découvrir aussi', 'à découvrir également',
  'questions similaires', 'articles récents',
  // Spanish
  'lee también', 'lea también', 'te puede interesar', 'le puede interesar', 'también te puede interesar',
  'puede interesarte', 'noticias relacionadas', 'lo más leído', 'lo más visto', 'más leídas', 'más leídos', 'más noticias', 'otras noticias',
  'te recomendamos', 'preguntas relacionadas', 'entradas recientes',
  // Italian
  'leggi anche', 'potrebbe interessarti', 'potrebbe interessarti anche', 'ti potrebbe interessare',
  'articoli correlati', 'i più letti', 'i più visti', 'più letti', 'altre notizie', 'domande correlate', 'articoli recenti',
  // Portuguese
  'leia também', 'veja também', 'notícias relacionadas', 'mais lidas', 'mais notícias', 'outras notícias',
  'recomendado para você', 'você também pode gostar', 'perguntas relacionadas', 'posts recentes',
  // Polish
  'czytaj też', 'czytaj także', 'czytaj również', 'zobacz też', 'zobacz także', 'zobacz również', 'polecane',
  'polecamy', 'podobne artykuły', 'najczęściej czytane', 'więcej artykułów', 'najnowsze artykuły', 'podobne pytania',
  'najnowsze wpisy',
  // Russian
  'читайте также', 'смотрите также', 'по теме', 'ещё по теме', 'еще по теме', 'новости по теме', 'другие новости',
  'самое читаемое', 'популярное', 'рекомендуем', 'последние новости', 'похожие вопросы', 'свежие записи',
  // Ukrainian
  'читайте також', 'дивіться також', 'за темою', 'ще за темою', 'новини за темою', 'інші новини', 'популярне', 'найпопулярніше', 'найчитаніше',
  'рекомендуємо', 'останні новини', 'схожі питання', 'останні записи',
  // Indonesian
  'baca juga', 'berita terkait', 'berita lainnya',
];

/**
 * Short lines that are page furniture wherever they appear (compared lowercased, trimmed,
 * trailing punctuation and colons removed). Only whole lines match: a sentence that merely
 * contains "advertisement" stays.
 */
export const boilerplateLines: ReadonlySet<string> = new Set([
  'advertisement', 'advertisements', 'advert', 'ad', 'ads', 'sponsored', 'sponsored content', 'promoted', 'story continues below',
  'story continues below advertisement', 'continue reading below', 'continue reading', 'article continues below',
  'article continues below advertisement', 'continue reading the main story', 'scroll to continue with content',
  'share', 'share this', 'share this article', 'share this story', 'share on facebook', 'share on twitter', 'tweet',
  'email', 'print', 'comments', 'comment', 'leave a comment', 'view comments', 'show comments', 'read more', 'read more here',
  'sign up', 'subscribe', 'subscribe now', 'sign up for our newsletter', 'newsletter', 'skip to content',
  // an account's bar and the skip link, in the lists' languages
  'my account', 'signed in as', 'mein konto', 'sie sind angemeldet als', 'angemeldet als', 'zum inhalt springen', 'aller au contenu',
  'mon compte', 'saltar al contenido', 'mi cuenta', 'vai al contenuto', 'ir para o conteúdo', 'minha conta', 'przejdź do treści',
  'skip to main content', 'back to top', 'go back to top. skip to: start of article', 'image', 'photo', 'video',
  'close', 'menu', 'search', 'loading', 'we use cookies', 'accept cookies', 'accept', 'got it',
  'follow us', 'follow us on twitter', 'follow us on facebook', 'click here', 'listen to this article',
  'have your say', 'have your say.give us feedback', 'have your say. give us feedback', 'join the conversation', 'join the discussion', 'give us feedback',
  'listen to this story', 'report an error', 'report an editorial error', 'report a correction', 'report a typo', 'report a typo or error', 'spotted an error?',
  // a feedback widget's question under a text
  'was this article helpful?', 'was this helpful?', 'war dieser artikel hilfreich?', 'war dieser beitrag hilfreich?', 'war das hilfreich?',
  'cet article vous a-t-il été utile ?', 'cet article vous a-t-il été utile?', '¿te ha sido útil este artículo?', '¿le ha resultado útil este artículo?',
  'questo articolo ti è stato utile?', 'czy ten artykuł był pomocny?', 'was dit artikel nuttig?',
  'found an error?', 'copy link', 'copy the link', 'copy article link', 'link copied', 'jump to comments', 'skip to comments',
  'go to comments', 'show more', 'show less', 'read less', 'more videos', 'scroll to continue', 'author of the article',
  // an embedded player's controls
  'replay', 'play video', 'watch again', 'mute', 'unmute', 'fullscreen', 'exit fullscreen', 'now playing', 'video abspielen',
  'erneut abspielen', 'stummschalten', 'vollbild', 'lire la vidéo', 'reproducir vídeo', 'volver a ver', 'riproduci video',
  'autoplay', 'watch on youtube', 'auf youtube ansehen', 'regarder sur youtube', 'ver en youtube', 'guarda su youtube', 'assistir no youtube',
  // an embedded post's link to its platform, and a poll's button
  'view this post on instagram', 'diesen beitrag auf instagram ansehen', 'voir cette publication sur instagram', 'ver esta publicación en instagram',
  'visualizza questo post su instagram', 'ver essa foto no instagram', 'ver esta publicação no instagram', 'wyświetl ten post na instagramie',
  'переглянути цей допис в instagram', 'переглянути цю публікацію в instagram', 'посмотреть эту публикацию в instagram', 'посмотреть этот пост в instagram',
  'vote now', 'jetzt abstimmen', 'votez', 'vota ahora', 'vota ora', 'vote agora', 'zagłosuj',
  'got a tip?', 'got a tip', 'have a tip?', 'news tip?', 'cookie settings', 'privacy settings', 'manage cookies',
  'manage privacy settings', 'view all', 'see all', 'show all', 'tags', 'supported by', 'presented by', 'sponsored by',
  'thanks for watching', 'thanks for watching!', 'sharing is caring', 'shares',
  // a forum's quote expander and a member's reaction score (XenForo's, in its locales)
  'click to expand', 'zum vergrößern anklicken', 'zum erweitern anklicken', 'cliquez pour agrandir', 'cliquez pour développer', 'haz clic para expandir',
  'clicca per espandere', 'kliknij, aby rozwinąć', 'нажмите для раскрытия', 'натисніть, щоб розгорнути',
  'reaction score', 'punkte für reaktionen', 'reaktionspunkte', 'score de réaction', 'puntuación de reacción', 'punteggio reazioni',
  'related topics', 'remove ads', 'go to home page', 'back to home page', 'back to gallery', 'back to top of page',
  'contact the newsroom', 'contact the editors', 'comments are closed',
  // a Telegram channel's web preview of a post it cannot show
  'please open telegram to view this post', 'view in telegram',
  // German
  'anzeige', 'werbung', 'lesen sie mehr', 'mehr lesen', 'weiterlesen',
  'schlagwörter', 'schlagwörter zu diesem artikel', 'themen', 'artikel teilen', 'teilen', 'drucken', 'kommentare',
  'kommentar schreiben', 'kommentieren', 'newsletter abonnieren', 'jetzt abonnieren', 'zum newsletter', 'nach oben',
  'zurück', 'mehr erfahren', 'hier klicken', 'schreiben sie uns', 'externer inhalt', 'externer inhalt nicht verfügbar',
  'empfohlener redaktioneller inhalt', 'artikel anhören', 'vorlesen', 'zum anhören', 'ein klick für den datenschutz',
  'fehler melden', 'fehler gefunden?', 'sie haben einen fehler gefunden?', 'link kopieren', 'link kopiert',
  'zu den kommentaren', 'zu den kommentaren springen', 'zum kommentarbereich', 'mehr anzeigen', 'weniger anzeigen',
  'alle anzeigen', 'weitere videos', 'autor des artikels', 'datenschutzeinstellungen',
  'datenschutzeinstellungen anpassen', 'cookie-einstellungen', 'einstellungen anpassen', 'präsentiert von', 'unterstützt von',
  'neuer abschnitt', 'verwandte themen', 'symbolbild', 'symbolfoto', 'archivbild', 'archivfoto', 'fotostrecke', 'bildergalerie',
  'zur bildergalerie', 'zur fotostrecke', 'artikel vorlesen lassen', 'text vorlesen lassen', 'vorlesen lassen',
  'kontakt zur redaktion', 'ihr kontakt zur redaktion', 'hinweis an die redaktion',
  'kommentare anzeigen', 'kommentar verfassen', 'diskutieren sie mit', 'jetzt kommentieren', 'die kommentarfunktion ist geschlossen',
  'zur startseite', 'artikel merken', 'merken', 'zum abo', 'jetzt zum newsletter anmelden', 'zum newsletter anmelden',
  'zustimmen und anzeigen', 'inhalte von drittanbietern',
  // French
  'publicité', 'lire la suite', 'lire plus',
  'partager', 'partager cet article', 'commentaires', 'commenter',
  'abonnez-vous', "s'abonner", 'inscrivez-vous à notre newsletter', 'écrivez-nous', 'contenu externe',
  'signaler une erreur', 'écouter cet article', 'copier le lien', 'lien copié', 'aller aux commentaires',
  'voir les commentaires', 'afficher plus', 'voir plus', 'voir moins', 'plus de vidéos', "auteur de l'article",
  'paramètres des cookies', 'voir tout', 'présenté par', 'sujets liés', 'gérer les cookies',
  'contactez la rédaction', 'contacter la rédaction', 'les commentaires sont fermés', 'commentaires fermés', "retour à l'accueil",
  // Spanish
  'publicidad', 'leer más', 'seguir leyendo', 'sigue leyendo',
  'compartir', 'comentarios', 'suscríbete', 'escríbenos',
  'más información', 'contenido externo', 'reportar un error', 'notificar un error', 'escuchar este artículo',
  'copiar enlace', 'copiar el enlace', 'enlace copiado', 'ir a los comentarios', 'ver comentarios', 'mostrar más',
  'ver más', 'mostrar menos', 'más vídeos', 'autor del artículo', 'configuración de cookies', 'ver todo', 'ver todos', 'etiquetas', 'presentado por', 'temas relacionados',
  'contacta con la redacción', 'contactar con la redacción', 'comentarios cerrados', 'volver a la portada',
  // Italian
  'pubblicità', 'leggi di più', 'continua a leggere', 'leggi tutto',
  'condividi', 'commenti', 'iscriviti alla newsletter', 'contenuto esterno', 'segnala un errore',
  'copia link', 'copia il link', 'link copiato', 'vai ai commenti', 'mostra di più', 'mostra altro', 'altri video',
  "autore dell'articolo", 'impostazioni cookie', 'vedi tutti', 'vedi tutto', 'presentato da', 'argomenti correlati',
  // Portuguese
  'publicidade', 'leia mais', 'continuar lendo', 'continue lendo', 'continuar a ler', 'compartilhar', 'partilhar',
  'comentários', 'assine', 'assine a newsletter', 'conteúdo externo', 'reportar erro', 'comunicar erro',
  'copiar link', 'link copiado', 'ir para os comentários', 'ver comentários', 'mostrar mais', 'ver mais', 'mais vídeos',
  'autor do artigo', 'configurações de cookies', 'ver tudo', 'apresentado por', 'tópicos relacionados',
  // Polish
  'reklama', 'czytaj więcej', 'czytaj dalej', 'udostępnij', 'komentarze',
  'zapisz się do newslettera', 'zgłoś błąd',
  'kopiuj link', 'skopiuj link', 'link skopiowany', 'przejdź do komentarzy', 'pokaż więcej', 'pokaż mniej', 'więcej wideo',
  'autor artykułu', 'ustawienia cookies', 'zobacz wszystkie', 'tagi',
  // Russian
  'реклама', 'читать далее', 'читать дальше', 'читать полностью', 'поделиться', 'комментарии',
  'подписывайтесь', 'сообщить об ошибке',
  'скопировать ссылку', 'копировать ссылку', 'ссылка скопирована', 'перейти к комментариям', 'показать ещё', 'показать еще',
  'показать больше', 'свернуть', 'развернуть', 'автор статьи', 'смотреть все', 'показать все', 'теги',
  // Ukrainian
  'читати далі', 'поділитися', 'коментарі', 'підписуйтесь',
  'повідомити про помилку', 'скопіювати посилання', 'копіювати посилання', 'посилання скопійовано',
  'перейти до коментарів', 'показати більше', 'показати ще', 'згорнути', 'розгорнути', 'автор статті', 'дивитися всі', 'показати всі', 'теги',
  // a paywall's label, an embed's placeholder, the word for an advertisement in the Scandinavian
  // languages, Dutch, Polish, Czech, Turkish and Finnish
  'article réservé aux abonnés', 'réservé aux abonnés', 'nur für abonnenten', 'exklusiv für abonnenten', 'exclusivo para suscriptores', 'riservato agli abbonati', 'exclusivo para assinantes', 'subscribers only', 'for subscribers only',
  'embed', 'annons', 'annonse', 'annonce', 'advertentie', 'reklam', 'reklame', 'reklama', 'mainos',
  // invitations to comment in the lists' languages
  'ihre meinung zählt', 'ihre meinung ist gefragt', 'deine meinung zählt', 'deine meinung ist gefragt', 'your opinion matters', 'votre avis compte', 'tu opinión cuenta', 'la tua opinione conta', 'a sua opinião conta',
  // Q&A pages' badges and every post's report button
  'best answer', 'accepted answer', 'top answer', 'beste antwort', 'hilfreichste antwort', 'meilleure réponse', 'mejor respuesta', 'migliore risposta', 'melhor resposta', 'najlepsza odpowiedź', 'лучший ответ', 'найкраща відповідь',
  'report', 'report post', 'report comment', 'report abuse', 'melden', 'beitrag melden', 'kommentar melden', 'signaler', 'signaler un abus', 'denunciar', 'segnala', 'zgłoś', 'пожаловаться', 'поскаржитися',
  // Indonesian
  'bagikan', 'komentar', 'iklan',
  ...commentFormLines,
  ...teaserHeadings,
]);

/** Networks and channels a share button names. */
const shareNetworks = '(facebook|twitter|x|whatsapp|telegram|linkedin|xing|pinterest|reddit|threads|bluesky|mastodon|flipboard|messenger|instagram|tumblr|viber|vk|vkontakte|вконтакте|одноклассники|e-?mail|mail|sms)';

/**
 * A comment or poll invitation ("Share your opinion", "Share your thoughts in the comments"): the
 * reader is asked ("your", "us"), and nothing else or where to answer ("Share your thoughts with
 * your doctor first." is advice).
 */
const invitation = '(please )?(share|tell us|let us know|leave|give us|post) (your|us your) (opinion|opinions|thoughts|views|comments?|feedback|take)([.!…]?$|.{0,60}\\b(comments?|below|with us|conversation|poll|community|forum)\\b)';
const invitationLine = new RegExp(`^(${invitation})`, 'iu');

/**
 * The invitation to the comments in the lists' other languages, after a clause or not ("Ihre
 * Meinung ist gefragt – diskutieren Sie mit in den Kommentaren.", "Let us know … in the comments
 * below", "Donnez votre avis dans les commentaires"). Kept out of `boilerplatePrefix`: a pattern
 * that may begin with any character there makes every line try every one of its patterns.
 */
const commentInvitation = /^(?:[^.!?"“”„«]{0,60}[–—:,.!?]\s*)?(?:let us know|tell us|diskutieren sie mit|diskutiere mit|schreiben sie (?:es )?uns|sagen sie uns(?: ihre meinung)?|donnez[- ]nous votre avis|donnez votre avis|dites-nous|réagissez|déjanos tu opinión|danos tu opinión|dinos|diteci|dicci la tua|deixe sua opinião|diga-nos|napisz nam|podziel się opinią|напишите нам|поділіться думкою)(?![\p{L}\p{N}])[^.!?]{0,40}(?<![\p{L}\p{N}])(?:in the comments?|in den kommentaren|im kommentarbereich|dans les commentaires|en los comentarios|nei commenti|nos comentários|w komentarzach|в комментариях|у коментарях)(?: below| unten| ci-dessous| abajo| qui sotto| abaixo| poniżej| ниже| нижче)?[.!…]*$/iu;
/** A count of comments under a label ("Diskutieren Sie mit: 6 Kommentare", "Join the discussion: 12 comments"). */
const labelledCount = /^[^.!?:]{2,40}:\s?\d{1,5}\s(?:kommentare?|comments?|commentaires?|comentarios?|commenti|comentários|komentarz\p{L}*|комментари\p{L}*|коментар\p{L}*|reacties?|reactions?)$/iu;
/** What `commentInvitation` cannot match without: a word of the comments. */
const commentWord = /comment|kommentar|comentari|komentar|коммент|комент/iu;
/** A dateline alone: the place in capitals and the agency ("BURSA (AG) -", "ANKARA (AA) –"). */
const agencyDateline = /^\p{Lu}[\p{Lu}\p{M} .'’-]{1,30} ?\([\p{L}/]{1,12}\) ?[-–—]$/u;

/**
 * A share button or its bar said as a sentence, with the networks named ("Send by WhatsApp",
 * "Empfehlen Sie diesen Artikel weiter: Teilen per E-Mail, Facebook oder WhatsApp", "Partager
 * sur Facebook ou X"): the verb first (after a label or not), then only networks. "The video was
 * shared on Facebook and WhatsApp thousands of times." names more than networks.
 */
const shareVia = new RegExp(String.raw`^(?:[^:.!?]{0,50}:\s*)?(?:share|teilen|partager|compartir|condividi|partilhar|compartilhar|udostępnij|поділитися|поделиться|send|senden|versenden|envoyer|enviar|inviare|wyślij)(?: (?:this|diesen|cet|este|questo|ten) (?:article|artikel|story|beitrag|artículo|articolo|artykuł))? (?:per|via|by|on|sur|en|su|por|przez|в|у|auf|über|par|with) ${shareNetworks}(?:(?:,\s?|\s(?:or|oder|ou|o|lub|или|або|und|and|et|y|e)\s)${shareNetworks})*[.!]?$`, 'iu');

/** Whether a line is a comment or poll invitation ("Share your opinion"): a poll's question may stand above it. */
export function isInvitation(text: string): boolean {
  return text.length <= boilerplatePrefixMax && invitationLine.test(text);
}

/** A post's date: "March 3, 2024", "3. März 2024", "3 mars 2024", "03.03.2024", "2024-03-03", with its time or not. */
const postDate = String.raw`(?:\d{1,2}\.? \p{L}{3,10}\.? \d{4}|\p{L}{3,10}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})(?:,? (?:at |um |à |a las |alle |às |o )?\d{1,2}[:.h]\d{2}(?: ?[ap]\.?m\.?| uhr| h)?)?`;

/** A word whose first letter may be a capital or not ("[Pp]osted"). */
const initialEitherCase = (word: string) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`;
/**
 * A blog post's dateline under its label, with its author or not, as WordPress's themes print it
 * in the lists' languages ("Posted on March 3, 2024 by admin", "Veröffentlicht am 3. März 2024
 * von Marie", "Publié le 3 mars 2024 par Marie"): the label, a date, a name (capitalized
 * words, or one user name: "… von der Stadt beschlossen" is a sentence). Case counts for the
 * name, so the pattern has no `i` flag: the labels take either case of their first letter.
 */
const postDateline = new RegExp(
  String.raw`^(?:${['published', 'posted', 'updated', 'last updated', 'veröffentlicht', 'aktualisiert', 'erschienen', 'publié', 'mis à jour', 'publicado', 'actualizado', 'pubblicato', 'aggiornato', 'opublikowano', 'zaktualizowano', 'опубликовано', 'обновлено', 'опубліковано', 'оновлено'].map(initialEitherCase).join('|')})(?: (?:on|am|le|el|il|em|dnia))?\s*:?\s*${postDate}(?: (?:by|von|par|por|di|de|przez|автор) (?:\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}|[\p{L}\p{N}_.-]+))?\.?$`,
  'u',
);

/**
 * A live blog entry's header as a scraper joins it, its clock time run into its author or its
 * label ("20:01Antony Clements-Thrower", "17:56KEY EVENT", "4 hours ago08:13 Jon King"): no
 * space after the time, which a text's own line has ("20:01 Police arrive at the scene").
 */
const liveEntryHeader = /^(?:\d{1,2} (?:hours?|minutes?|mins?|hrs?) ago\d{1,2}:\d\d ?|\d{1,2}:\d\d)(?:KEY EVENT|Key event|Pinned|PINNED|\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3})$/u;

/** What separates a dateline's parts. */
const datelineParts = /\s*[,|·•]\s*/u;

/** Whether every part of a line between `datelineParts` is a dateline; its first part is read before the line is cut. */
function datelineOfParts(text: string): boolean {
  const cut = text.search(/[,|·•]/u);
  if (cut < 0) return false;
  const isDate = (part: string) => relativeDateLine.test(part) || postDateline.test(part);
  return isDate(text.slice(0, cut).trim()) && text.split(datelineParts).every(isDate);
}
/**
 * A short line whose link was its point, ending in "click here" ("For Reprints and Permissions,
 * click here.", "GET FOX BUSINESS ON THE GO BY CLICKING HERE", "Hier klicken"): in a plain text
 * the link is gone. A sentence that ends so after more words ("… analysed the audio of the
 * machine gun fire, click here.", as Reuters ends a paragraph) is the article's.
 */
const pointerEnd = /(?<!\p{L})(?:(?:click|clicking|tap|tapping) here|klicken sie hier|hier klicken|cliquez ici|haga clic aquí|haz clic aquí|clicca qui|clique aqui|kliknij tutaj)[.!]?$/iu;
/** A pointer to the page's player, which the text has lost ("Watch the full report from … in the video player above."). */
const playerPointer = /^(?:watch|see|listen to|sehen sie|hören sie|regardez|écoutez|mire|vea|escuche|guarda|ascolta)\s[^.!?]{0,80}(?<!\p{L})(?:in the (?:video |audio )?player (?:above|below)|im (?:video|audio)?player (?:oben|unten)|dans le lecteur (?:vidéo |audio )?ci-(?:dessus|dessous)|en el reproductor (?:de arriba|de abajo))[.!]?$/iu;
const pointerMaxWords = 12;

/** Words in quotation marks or not ("a 'Preferred Source'"). */
const quoted = (words: string): string => `['‘’"“”]?${words}['‘’"“”]?`;
/** Google News by its name in the lists' languages ("Google Actualités", "Wiadomości Google"), as follow buttons name it. */
const googleNews = '(google news|google actualités|google noticias|google notizie|google notícias|wiadomości\\p{L}* google|google новост\\p{L}*|google новин\\p{L}*)';
/** "Follow us" in the languages of the lists. */
const followUs = '(follow us|folgen sie uns|folge uns|folgt uns|folgst du (uns|schon)|suivez-nous|síguenos|siguenos|seguici|siga-nos|sigam-nos|obserwuj nas|следите за нами|подписывайтесь на нас|стежте за нами|слідкуйте за нами)';

/**
 * The site's notice that a summary or the text itself was written by a machine ("Diese
 * Zusammenfassung wurde künstlich erzeugt.", "This summary was generated by AI.", "Ce résumé a
 * été généré par une IA.", "Dieser Text wurde mit Hilfe von KI erstellt."): in the site's own
 * voice (this, diese, ce …, not "the"), naming the machine, and the sentence ends there or goes
 * on with "and", without reporting anyone ("This text was generated by AI, the court found"
 * reports a finding; "… by AI researchers at Stanford" names people). Parts of one pattern of
 * `boilerplatePrefix`.
 */
const aiNoticeSubject = '(this|diese[rs]?|ce|cet|cette|este|esta|questo|questa) (summary|text|article|story|zusammenfassung|artikel|beitrag|résumé|texte|resumen|texto|artículo|riassunto|testo|articolo) (was|has been|is|wurde|ist|a été|fue|ha sido|è stato|è stata)';
const aiNoticeMade = 'generated|created|written|produced|summari[sz]ed|erzeugt|erstellt|generiert|verfasst|zusammengefasst|généré|générée|rédigé|rédigée|produit|produite|generado|generada|creado|creada|elaborado|elaborada|generato|generata|creato|creata';
const aiNoticeBy = "((by|with|using|von|mit|mithilfe von|mit hilfe von|mit unterstützung von|durch|par|avec|por|con|da)( (an?|einer|eine|une|una|un))? |dall['’]|à l['’]aide d['’](une )?)(l['’])?";
const aiNoticeMachine = '(ai|artificial intelligence|ki|künstlicher intelligenz|ia|intelligence artificielle|inteligencia artificial|intelligenza artificiale)( tools?| werkzeugen?| modells?| models?)?';
const aiNoticeEnd = String.raw`(?:[.!]?$|(?:[.!]|\s(?:and|und|et|y|e|but|aber|mais|pero|ma))\s(?!.{0,120}\b(?:said|says|found|finds|reported|according|sagte|sagt|erklärte|laut|a déclaré|selon|dijo|según|ha detto|secondo)\b).{0,200}$)`;

/**
 * Short lines that are furniture by how they start, in any of the languages above: picture
 * credits ("Foto: dpa", "Bild: Getty Images") and source credits ("Quelle: AFP"), consent placeholders for embeds ("Externer
 * Inhalt nicht verfügbar – Wir benötigen Ihre Zustimmung …"), teaser prefixes ("Lesen Sie
 * auch: …", "Mehr zum Thema: …") and a machine's notices (translated by one, a summary written by
 * one). Only lines of at most `boilerplatePrefixMax` characters are tested.
 */
const boilerplatePrefixPatterns: readonly string[] = [
      // picture credits, and the credits of a graphic, a map or a video ("Symbolbild: dpa",
      // "Grafik: Statista", "Video: ZDF"; a site's copyright line is the `boilerplate` rule's)
      '(foto|fotos|bild|bilder|bildquelle|bildnachweis|photo|photos|photograph|picture|pic|image|credit|crédit photo|crédits? photo|imagen|foto de|immagine|zdjęcie|fot\\.|фото|світлина|symbolbild|symbolfoto|archivbild|archivfoto|titelbild|fotograf|fotografin|grafik|infografik|karte|illustration|video|créditos?|fonte immagine)\\s*[:©]',
      // "Fot. PAP/Radek Pietruszka", "Photo by Jane Doe/Reuters", "Foto von Max Muster": a name
      // follows (not "Foto de …", "Foto di …": Spanish and Italian captions open sentences so)
      '(fot\\.|photo by|photos by|photograph by|foto von)\\s*\\p{L}',
      '©\\s*\\p{L}',
      // music and audio credits ("Music: “Blue Sky” by Kevin MacLeod", "Audio: Antenne Brandenburg
      // | …"): no sentence after the colon ("Music: the band's new album is …" stays)
      '(music|audio|soundtrack|musik|musique|música|musica)\\s*:\\s*([^.!?]|\\.(?=\\S)){1,120}$',
      // a caption under its label, as scrapers keep a picture's or a player's caption ("Image
      // caption Protesters gathered …", "Media caption The minister spoke …"; the media word
      // makes the label without a colon), "Caption: …", "Bildunterschrift: …"
      '(image|media|photo|picture|video|audio) caption\\b',
      // a picture's copyright under its label ("Image copyright Getty Images", "Bildrechte: dpa")
      '(image|picture|photo|video) copyright\\b|bildrechte\\s*:',
      '(caption|cutline|bildunterschrift|bildlegende|bildtext|legende|légende|leyenda|didascalia|legenda|подпись|підпис)\\s*:\\s*\\S',
      // an embedded player's fallback text ("Your browser does not support the video tag.",
      // "Media playback is unsupported on your device"): the reader's browser or device is named
      "(sorry,? )?(your|this) (web )?browser (does not|doesn['’]t|cannot|can['’]t|is unable to) (support|play|display)\\b",
      // …in the lists' other languages ("Votre navigateur ne prend pas en charge la lecture de
      // vidéos.", "Twoja przeglądarka nie obsługuje odtwarzania wideo.")
      '(ihr|dein) browser (unterstützt|kann) [^.!?]{0,60}nicht\\b|(votre|ton) navigateur ne (prend pas en charge|supporte pas|peut pas)\\b|(tu|su) navegador no (soporta|admite|es compatible|puede)\\b|(il tuo|questo) browser non (supporta|può)\\b|(o )?(seu|teu) navegador não (suporta|é compatível|pode)\\b|(twoja|ta) przeglądarka nie (obsługuje|wspiera|może)\\b|(ваш|этот) браузер не (поддерживает|может)\\b|(ваш|цей) браузер не (підтримує|може)\\b|(uw|je) browser (ondersteunt|kan) [^.!?]{0,60}niet\\b',
      '(media )?playback (is )?(unsupported|not supported) (on|in|by) (your|this) (device|browser)',
      // a pointer to the page's player or gallery ("Scroll down for video", "Swipe to see more
      // photos"): the media word ends the line ("Scroll down to see how to identify …" is a teaser
      // the article keeps)
      '(scroll|swipe)( down| up| left| right)? (for|to see|to watch|to view) (the |our |more |all )?(video|videos|photos?|pictures?|images?|gallery|slideshow|clip)[.!]?$',
      // a blog post's categories and tags under WordPress's labels ("Posted in News Tagged bread,
      // sourdough", "Veröffentlicht in Grundlagen Verschlagwortet mit Roggen, Sauerteig"): no
      // sentence end ("Posted in Kabul, the soldier wrote home." is one)
      '(posted in|filed under|tagged|veröffentlicht in|verschlagwortet mit|publié dans|étiqueté|publicado en|etiquetado|pubblicato in|taggato|publicado em|marcado)\\s[^.!?]{1,150}(?<![.!?…"”])$',
      // a text's tags or topics under their label, in the lists' other languages ("Schlagwörter:
      // Verkehr Stadtrat Radverkehr", "Mots-clés : …"): no sentence end
      '(schlagwörter|schlagworte|stichwörter|stichworte|themen|mots-clés|étiquettes|sujets|etiquetas|temas|argomenti|tagi|tematy|теги|метки|мітки)\\s*:\\s*[^.!?]{1,150}(?<![.!?…"”])$',
      // a link's hint for screen readers, alone on its line ("(öffnet in einem neuen Fenster)",
      // "(opens in a new tab)", "(external link)")
      '(\\p{L}{1,12},\\s*)?\\(?((öffnet|opens|s[\'’]ouvre|se abre|si apre|abre)( sich)? ((in|dans|en|em) )?(einem |einer |a |une |una |uma |un )?(neuen |new |nouvelle |nueva |nuova |nova )?(fenster|tab|window|fenêtre|onglet|ventana|pestaña|finestra|scheda|janela|aba)|externer link|external link|lien externe|enlace externo|link esterno|link externo)\\)?$',
      // a player's length under its label, with its file's size or not ("Duration 12:38", "Dauer:
      // 3:05", "(Duration: 58:41 — 54.1MB)" in parentheses)
      '(duration|dauer|laufzeit|länge|durée|duración|durata|duração|czas trwania|длительность|тривалість)\\s*:?\\s*\\d{1,2}:\\d\\d(:\\d\\d)?( min\\.?)?(\\s?[—–|-]\\s?\\d+([.,]\\d+)?\\s?[mk]b)?$',
      // a player that failed ("We apologize, but this video has failed to load.", "Dieses Video
      // ist leider nicht mehr verfügbar", "Cette vidéo n'est pas disponible")
      // a player still loading ("Video player loading . . .", "Il video è in caricamento...", "Das
      // Video wird geladen …") and an article's read-aloud button ("Ascolta questo articolo ora...")
      "(the )?(video|audio)( player)? (is )?loading( \\.){0,3}[.…]*$|loading (the )?(video )?player[.…]*$|this is a modal window\\.?$|beginning of dialog window\\b|end of dialog window\\.?$|(video )?playback (has )?failed\\b[^.!?]{0,40}[.!]?( please try again( later)?\\.?)?$|přehrávání videa se nezdařilo|odtwarzanie (wideo )?nie powiodło się|la lecture (de la vidéo )?a échoué|die wiedergabe (ist )?fehlgeschlagen|il video è in caricamento[.…]*$|das video wird geladen[.…]*$|chargement de la vidéo[.…]*$|cargando (el )?v[ií]deo[.…]*$|carregando (o )?v[ií]deo[.…]*$|(listen to|ascolta|escucha|écoute[rz]?|ouça|ouvir|posłuchaj|послушайте|прослухайте) (this |questo |este |cet |l['’]|tego |эту |цю )?(article|articolo|artículo|artigo|artykułu|статью|статтю)( now| ora| ahora| maintenant| agora| teraz)?[.…]*$",
      "(this|the) video (is )?(currently )?(unavailable|not available|no longer available)[.!]?$|dieses video ist (leider )?(nicht|nicht mehr|derzeit nicht) verfügbar|cette vidéo n['’]est (pas|plus) disponible|este v[ií]deo (no está|ya no está) disponible|questo video non è (più )?disponibile|este v[ií]deo (não está|já não está) dispon[ií]vel|to wideo (jest )?niedostępne|это видео недоступно|це відео недоступне",
      // comment and poll invitations ("Share your thoughts in the comments", "Share your
      // opinion"): the reader is asked ("your", "us"), and nothing else or where to answer
      // ("Share your thoughts with your doctor first." is advice)
      invitation,
      '(please )?(tell us|let us know) what (you|you all|YOU) think[.!…]*$',
      // the comment section's rules ("Comments must be in English and in complete sentences. Abusive
      // or personal remarks will not be published."): what comments must be, and their moderation
      '(comments?|kommentare|commentaires|comentarios|commenti|comentários|komentarze|комментарии|коментарі) (must|should|müssen|sollten|doivent|deben|devono|devem|muszą|должны|мають)\\b[^.!?]{0,120}[.!]?\\s?[^.!?]{0,200}\\b(moderated|will not be published|not be published|be removed|be deleted|moderiert|nicht veröffentlicht|gelöscht|modérés|ne seront pas publiés|supprimés|moderados|no serán publicados|eliminados|moderati|non saranno pubblicati|rimossi|moderados|não serão publicados|removidos|moderowane|nie będą publikowane|usuwane|модерируются|не будут опубликованы|удаляются|модеруються|не будуть опубліковані|видаляються)\\b',
      // source credits under a picture, a video or a chart ("Quelle: dpa", "SOURCE: News
      // agencies", "Источник: ТАСС"): a short name after the colon, no sentence
      '(quelle|quellen|source|sources|fuente|fuentes|fonte|fontes|źródło|źródła|источник|джерело)\\s*:\\s*([^.!?:]|\\.(?=\\p{L})){1,40}$',
      // share buttons that name the network ("Share on WhatsApp", "Bei Facebook teilen",
      // "Partager sur X", "Compartir en Telegram", "Поделиться в VK"), nothing after it but
      // what the button opens ("(öffnet neues Fenster)")
      `(share|teilen|partager|compartir|condividi|compartilhar|partilhar|udostępnij|поделиться|поділитися)\\s+(on|via|with|auf|bei|über|per|sur|par|en|por|su|no|na|em|pelo|w|в|у|через)\\s+${shareNetworks}(\\s*\\([^()]{1,40}\\))?$`,
      `((auf|bei|über|per|via)\\s+)?${shareNetworks}\\s+teilen(\\s*\\([^()]{1,40}\\))?$`,
      // follow invitations ("Folgen Sie uns und diskutieren Sie mit!", "Folgst du schon 20 Minuten
      // auf Whatsapp?", "Síguenos en Instagram"): one sentence, the reader asked to follow a
      // network or a channel, or to join the discussion ("Follow us as we travel across Iceland."
      // is a blog's own sentence)
      `${followUs}[.!]?$`,
      // the outlet's own name for "us" ("Follow Newsbeat on Instagram, Facebook, Twitter and
      // YouTube."): nothing after the networks
      `follow \\p{Lu}[\\p{L}\\p{N}&'’-]*( \\p{Lu}[\\p{L}\\p{N}&'’-]*){0,3} on ${shareNetworks}((, | and | & )(${shareNetworks}|youtube|tiktok|${googleNews})){0,5}[.!]?$`,
      `${followUs}(?!\\p{L})[^.!?]{0,80}(${shareNetworks}|youtube|tiktok|${googleNews}|kanal|channel|canal|canale|kanał|канал|newsletter|diskutieren|discuss|discutez|comenta)(?!\\p{L})[^.!?]{0,40}[.!?]?$`,
      // Google's "preferred source" button ("Add Global News as a preferred source on Google to
      // see more of our stories …", "Choose Daily Star as a 'Preferred Source' on Google News …",
      // "Follow TechRadar on Google News and add us as a preferred source …", "Fügen Sie uns als
      // bevorzugte Quelle bei Google hinzu"); "… it would add Reuters as a preferred source" is
      // a sentence that does not start so
      `(follow [^.!?]{1,40} on ${googleNews} (and|&) )?(add|make|set|choose|select) ([^.!?]{1,60}? (as )?(a |your )?${quoted('(preferred|trusted) sources?')} (on|in|at) google\\b|us (as )?(a |your )?${quoted('(preferred|trusted) sources?')})[^.!?]{0,100}[.!]?$|[^.!?]{0,60}als bevorzugte quelle (bei|in|auf|für) google\\b[^.!?]{0,60}[.!]?$`,
      // a widget that needs scripts, a form's captcha notice ("This slideshow requires
      // JavaScript.", "Bitte aktivieren Sie JavaScript", "This site is protected by reCAPTCHA …")
      '(please )?(enable|activate|turn on) javascript\\b[^.!?]{0,80}[.!]?$|(bitte )?(aktivieren sie|aktiviere) javascript|javascript (ist )?(deaktiviert|erforderlich)|(veuillez )?activer (le )?javascript|(por favor,? )?(habilita|activa) (el )?javascript|this (site|page|form) is protected by recaptcha',
      // a newsletter's or an account's confirmation, a comment box's gate ("Thanks for signing
      // up!", "You've successfully subscribed to this newsletter!", "A welcome email is on its
      // way. If you don't see it, please check your junk folder.", "The next issue of … will
      // soon be in your inbox.", "We encountered an issue signing you up.", "You must be logged
      // in to join the discussion …"), one sentence
      "(thanks|thank you) for (signing up|subscribing|registering)[^.!?]{0,60}[.!]?$|(a |your )?welcome e-?mail is on (its|the) way\\b[^!?]{0,120}$|the next issue of [^.!?]{1,60} will (soon )?be in your inbox[.!]?$|we (encountered|ran into|had) (an issue|a problem|an error) signing you up\\b[^!?]{0,60}$|you['’]ve successfully (subscribed|signed up|registered)[^.!?]{0,60}[.!]?$|(vielen )?dank(e)? für (ihre|deine) (anmeldung|registrierung)[^.!?]{0,60}[.!]?$|merci (pour votre|de votre) (inscription|abonnement)[^.!?]{0,60}[.!]?$|gracias por (suscribirte|suscribirse|registrarte)[^.!?]{0,60}[.!]?$|grazie per (esserti iscritto|l['’]iscrizione)[^.!?]{0,60}[.!]?$|obrigado por (se inscrever|assinar)[^.!?]{0,60}[.!]?$|dziękujemy za (zapisanie się|subskrypcję)[^.!?]{0,60}[.!]?$|спасибо за подписку[^.!?]{0,60}[.!]?$|дякуємо за підписку[^.!?]{0,60}[.!]?$",
      "you must be (logged in|signed in|a (registered )?(member|subscriber)) to (comment|post|reply|join|read|view|see)\\b[^.!?]{0,80}[.!]?$|(please )?(log in|sign in|register) to (comment|post a comment|join the (discussion|conversation)|reply)\\b[^.!?]{0,60}[.!]?$|(bitte )?(melden sie sich an|loggen sie sich ein|registrieren sie sich),? um (zu kommentieren|einen kommentar|mitzudiskutieren)",
      // an account's gate ("Create an account or sign in to continue with your reading
      // experience.", "Register to keep reading"), an offer to remove the ads ("Don't want to see
      // this? Remove ads"), an appeal to support the newsroom ("Support local journalism."), one
      // sentence each
      "(create (a free |an )?account|register|sign in|log in|sign up)( (or|and) (sign in|log in|register|subscribe|create (a free |an )?account))? to (continue|keep) (reading|with your reading( experience)?)( (this|the) (article|story))?( for free)?[.!]?$|(please )?support (local|independent|quality|our|public[- ]interest) journalism[.!]?$|unterstützen sie (unseren |guten |unabhängigen )?(lokal)?journalismus[.!]?$",
      // a paywall's prompt ("THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY", "Subscribe to read
      // the full story", "Dieser Artikel ist nur für Abonnenten", "Cet article est réservé aux
      // abonnés"), one sentence
      "(this|the) (content|article|story|piece) is (reserved|available|only available|exclusively available) (for|to) (paying )?(subscribers|members)( only)?[.!]?$|(subscribe|register|sign in|log in|sign up) (now )?to (read|continue reading|unlock|keep reading|access) ((the (full|whole|rest of the) )?(story|article)|this (article|story)|more)?( (here|now|for free|today))?[.!]?$|(dieser|der) (artikel|beitrag|inhalt) ist (nur |exklusiv )?(für|fuer) (abonnenten|abonnentinnen|abonnent:innen|abonnierende|plus-abonnenten|digital-abonnenten)[^.!?]{0,40}[.!]?$|(cet|l['’]) ?article est réservé aux abonnés[^.!?]{0,40}[.!]?$|(este|el) (artículo|contenido) es (exclusivo )?(solo |sólo )?para (suscriptores|abonados)[^.!?]{0,40}[.!]?$|(questo|l['’]) ?articolo è riservato agli abbonati[^.!?]{0,40}[.!]?$|(este|o) (artigo|conteúdo) é exclusivo (para|de) assinantes[^.!?]{0,40}[.!]?$|(ten )?artykuł (jest )?dostępny (tylko )?dla (prenumeratorów|subskrybentów)[^.!?]{0,40}[.!]?$|(эта )?статья доступна (только )?(для )?подписчик(ам|ов)[^.!?]{0,40}[.!]?$",
      // an icon font's ligature name before a link's label ("chevron_left Browse All Posts",
      // "arrow_forward Weiterlesen")
      '(chevron_left|chevron_right|arrow_back|arrow_forward|arrow_back_ios|arrow_forward_ios|expand_more|expand_less|keyboard_arrow_(left|right|up|down)|navigate_(next|before)|play_arrow|open_in_new)\\b',
      // consent placeholders
      'externer inhalt', 'empfohlener externer inhalt', 'wir benötigen ihre zustimmung', 'um (diesen|den) inhalt (zu sehen|anzuzeigen)',
      'contenu externe', 'ce contenu est bloqué', 'contenido externo', 'contenuto esterno', 'conteúdo externo', 'treść zewnętrzna',
      'внешний контент', 'зовнішній контент', 'external content', 'this content is not available due to your privacy',
      // teaser prefixes
      '(les også|læs også|läs också|se også|se även|lees ook|lees meer|lesen sie auch|lesen sie mehr|lest auch|lies auch|mehr zum thema|auch interessant|passend zum thema|lire aussi|à lire aussi|voir aussi|lee también|lea también|te puede interesar|leggi anche|leia também|leia mais|veja também|czytaj (też|także)|zobacz (też|także)|читайте также|читайте також|baca juga|read also|also read|see also|more reading|further reading|recommended reading|suggested reading|related reading|related( (story|stories|article|articles|post|posts|link|links|content|coverage|news|reading|video|videos|topics?))?)\\s*[:›»>|]',
      // a player's teaser under its label ("Watch: Aoife Brennan reports from Kilcreevan", "LISTEN:
      // …", "Vidéo : la passerelle inaugurée en musique", "Zobacz wideo: …"): no sentence end
      // ("Watch: the vote is at 5pm." stays)
      '(watch|listen|watch video|vidéo|voir la vidéo|regarder|vídeo|ver (el )?vídeo|assista|guarda( il)? video|wideo|zobacz wideo|obejrzyj|video ansehen|смотрите( видео)?|видео|дивіться( відео)?|відео|bekijk( de video)?)\\s*:\\s*[^.!?]{1,120}(?<![.!?…"”])$',
      // a link to the story's gallery ("Click for the photo gallery (8 photos)", "Tap here to see
      // all the pictures"): no sentence follows
      '(click|tap)( here)? (for|to (see|view|open|watch)) (the |our |more |all )?(\\d+ )?(photo |picture |image )?(gallery|galleries|photos|pictures|images|slideshow)( here)?( \\(\\d+ (photos|pictures|images)\\))?[.!]?$',
      '(view|show|open|zobrazit|zobacz|zur|voir( la)?|ver( la)?|vedi( la)?|abrir( a)?|открыть|переглянути) (the )?(photo gallery|gallery|fotogalerii|galerię( zdjęć)?|bildergalerie|fotostrecke|galerie( photos)?|galería( de fotos)?|galleria( fotografica)?|galeria( de fotos)?|фотогалерею|галерею)( \\(\\d+\\)| \\d+ (photos|fotos|bilder|zdjęć))?[.!]?$',
      // a gallery's teaser under its label, with its count ("Bildergalerie: Die schönsten Bilder vom
      // Bürgerfest (24 Fotos)", "Photo gallery: Flooding in the valley (12 photos)")
      '(bildergalerie|fotogalerie|fotostrecke|galerie|gallery|photo gallery|photos|galería|galerie photos|galleria|fotogallery|galeria|fotorelacja|фотогалерея|фоторепортаж)\\s?:\\s?\\S.{0,120}\\(\\d{1,3} (fotos|bilder|photos|images|pictures|imágenes|immagini|zdjęć|фото)\\)$',
      // a label in brackets that Japanese and Korean papers set before a caption or another
      // story's headline, kept in translation ("[Photo] Elderly people waiting …", "【Related】
      // Akita Prefecture …", "[관련기사] …")
      '[\\[【〔](photos?|image|picture|video|related|related articles?|see also|写真|動画|関連|関連記事|사진|영상|관련|관련기사|관련 기사)[\\]】〕]\\s*\\S',
      // a wire story's credit for the help it had ("Additional reporting: Seán Ó Riain",
      // "Additional reporting by Reuters.")
      'additional reporting(\\s*:| by)\\s*\\S[^.!?]{1,100}\\.?$',
      // a teaser to more on the topic, with the topic ("Mehr zum Thema Hitzeschäden", "Mehr zur
      // Lage in Nahost lesen Sie in unserem Liveblog:", "Plus d'infos sur …"): the label, a few
      // words, and where to read it, no sentence of its own
      '(mehr zum thema|mehr zu diesem thema)\\s+[^.!?:]{1,60}$|mehr (zum|zur|zu den|zu|über) [^.!?]{1,80}\\b(lesen|finden|erfahren|hören|sehen) sie\\b[^.!?]{0,60}[:.]?$|more on (this|the) (story|topic)\\b[^.!?]{0,60}:?$',
      // a site's terms under every page ("Registration on or use of this site constitutes
      // acceptance of our User Agreement …", "The material on this site may not be reproduced …",
      // "Community Rules apply to all content you upload …")
      '(registration on or )?use of this (site|website) constitutes (your )?acceptance of|the material on this (site|website) may not be (reproduced|copied|distributed)|community (rules|guidelines) apply to all content you (upload|post|submit)',
      // an invitation to pass the story on ("Like this story? Share it with a friend!", "Share it
      // With Friends")
      '(like this (story|article)\\?\\s*)?share (it|this( story| article)?|your thoughts) with (a |your )?friends?[.!]?$',
      // an error report's prompt with its button ("Fehler gefunden? Jetzt melden.", "Spotted an
      // error? Let us know.", "Vous avez repéré une erreur dans cet article ? Signalez-la …")
      "(fehler gefunden|tippfehler gefunden|(sie )?haben (sie )?einen fehler (entdeckt|gefunden)|found an error|spotted an error|spot(ted)? a (typo|mistake)|see a (typo|mistake)|vous avez (trouvé|repéré|remarqué) une (erreur|faute)|(has|ha) (encontrado|visto) un error|hai trovato un errore|encontrou um erro)( (in this (article|story|text)|in diesem (artikel|beitrag|text)|dans (cet article|ce texte)|en este (artículo|texto)|in questo articolo|neste (artigo|texto)|w tym artykule))? ?\\?(\\s[^?]{0,100})?$",
      // a question to the reader about the text itself ("Did you enjoy this article?", "Hat Ihnen
      // dieser Artikel gefallen? Dann teilen Sie ihn …", "¿Te gustó este artículo?"), with what
      // follows it on the line
      "((did|do) you )?(like|liked|enjoy|enjoyed|love|loved) (this|the) (article|story|post|piece)\\?(\\s.{0,150})?$|(hat|hat's|hats) (ihnen|dir|euch) (dieser|der|unser) (artikel|beitrag|text) gefallen\\?(\\s.{0,150})?$|(vous avez aimé|avez-vous aimé|tu as aimé) (cet|l['’]) ?article ?\\?(\\s.{0,150})?$|¿?(te|le) (ha gustado|gustó) (este|el) (artículo|post)\\?(\\s.{0,150})?$|ti è piaciuto (questo|l['’]) ?articolo\\?(\\s.{0,150})?$|gostou (deste|do) (artigo|post|texto)\\?(\\s.{0,150})?$|(czy )?podoba(ł)? ci się (ten )?artykuł\\?(\\s.{0,150})?$|понравилась (ли )?(вам )?(эта )?статья\\?(\\s.{0,150})?$|сподобалась (вам )?(ця )?стаття\\?(\\s.{0,150})?$",
      // a pointer to more of the site where the link was ("Mehr Nachrichten aus der Region finden
      // Sie hier.", "Weitere Informationen gibt es hier", "More stories like this can be found
      // here."): more of the site's texts, and the link's word ends the line ("More than 40
      // species can be found here." is the article's)
      '(mehr|weitere|alle)\\s(\\p{L}+\\s){0,2}(nachrichten|news|artikel|beiträge|berichte|informationen|infos|details|videos|bilder|fotos|themen|texte|geschichten)(?!\\p{L})[^.!?:]{0,60}(?<!\\p{L})((finden|lesen|erfahren|sehen|hören) sie|gibt es) hier[.!:]?$|(more|further|all)\\s(\\p{L}+\\s){0,2}(news|stories|articles|posts|information|details|coverage|videos|photos|pictures)(?!\\p{L})[^.!?:]{0,60}(?<!\\p{L})(can be (found|read|seen)|is available|are available) here[.!:]?$',
      // a forum's thanks box under a post (vBulletin's and phpBB's thanks add-ons: "Folgende 3
      // Benutzer sagen Danke zu Rolf für diesen nützlichen Beitrag:", "The following 2 users say
      // thank you to Rolf for this useful post:")
      '(folgende[rs]?|der folgende) (\\d+ )?benutzer (sagen|sagt) danke zu [^.!?]{1,40} für diesen (nützlichen )?beitrag|the following (\\d+ )?users? (say|says) thank you to [^.!?]{1,40} for this (useful )?post',
      // a comment form's box to remember the commenter, in WordPress's locales
      "save my name,? email,? and website in this browser|meinen namen, meine e-mail-adresse und meine website in diesem browser|enregistrer mon nom, mon (e-mail|courriel) et mon site|guarda mi nombre, correo electrónico y web en este navegador|salva il mio nome, email e sito web in questo browser|(salvar meus dados neste navegador|guardar (o )?meu nome, (e-?mail|email) e site neste navegador)|zapamiętaj moje dane w tej przeglądarce|сохранить моё имя, email и адрес сайта в этом браузере|зберегти моє ім['’]я, e-mail,? та адресу сайту в цьому браузері",
      // a newsletter form's consent and a browser's warning ("By signing up you consent to receive
      // the above newsletter from …", "By signing up, you agree to the Manila Sentinel Terms of Use …", "By subscribing, you agree to share your email with the
      // publication editor.", "Mit meiner Anmeldung zum Newsletter stimme ich der
      // Werbevereinbarung zu.", "Your web browser is no longer supported.")
      'by (signing up|subscribing|clicking|registering|submitting|providing|entering)\\b[^.!?]{0,60}\\byou (consent|agree|accept|confirm|acknowledge)( to)? (receive|receiving|our|the ([^.!?]{0,40} )?terms|the ([^.!?]{0,40} )?privacy|to our|share|sharing|that)\\b|mit (meiner|ihrer|deiner) (anmeldung|registrierung)( zum newsletter)? (stimme ich|stimmen sie|stimmst du)\\b|en (vous inscrivant|vous abonnant),? vous (acceptez|consentez)\\b|al (suscribirte|suscribirse|registrarte|registrarse),? (aceptas|acepta|consientes)\\b|your (web )?browser is (no longer|not|out of date|outdated)( fully)? supported\\b|ihr browser wird nicht (mehr )?unterstützt',
      // a feed's footer ("This feed is for personal use only …", "This RSS feed is for personal,
      // non-commercial use")
      'this (rss |atom )?feed is (provided |intended )?(only )?for (your )?(personal|private)\\b',
      // an embedded post's attribution, in the lists' languages ("Ein Beitrag geteilt von Bäckerei
      // Gmür (@baeckerei.gmuer)"), and a Facebook post's ("Posted by Cyber Police of Ukraine on
      // Tuesday, April 9, 2024", "Gepostet von Feuerwehr Amstetten am Samstag, 9. November 2024"):
      // the poster, then the weekday of a date
      "(a post shared by|ein beitrag geteilt von|une publication partagée par|una publicación compartida (de|por)|un post condiviso da|uma publicação compartilhada por|post udostępniony przez|допис,? поширений|публикация от|публікація від|пост от) [^()]{1,80}\\(@",
      // a Facebook post's attribution in Ukrainian and Russian, the poster then the weekday ("Опубліковано Луцька міська рада Середа, 13 березня 2024 р.")
      '(опубліковано|опубликовано) [^.!?]{1,80} (понеділок|вівторок|середа|четвер|п[\'’]ятниця|субота|неділя|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье),? \\d{1,2} \\p{L}+ \\d{4}( р\\.| г\\.)?$',
      '(posted by|gepostet von|publié par|publicado por|pubblicato da) [^.!?]{1,80} (on|am|le|el|il) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica),? (\\p{L}+ \\d{1,2},? \\d{4}|\\d{1,2}\\.? (de )?\\p{L}+( de)? \\d{4})\\.?$',
      // a player's countdown ("The video will play in 5 seconds", "Das Video startet in 5 Sekunden")
      'the (video|clip) will (start|play|begin) in \\d+ seconds?|das video (startet|beginnt) in \\d+ sekunden|la vidéo (commence|démarre) dans \\d+ secondes|el vídeo (comenzará|empezará) en \\d+ segundos',
      // machine-translation notices
      '(dieser (artikel|text) wurde (maschinell|automatisch) übersetzt|this (article|text) (was|has been) (machine|automatically)[- ]translated|cet article a été traduit automatiquement|este artículo (fue|ha sido) traducido automáticamente)',
      // a translation's note and credit ("Dieser Artikel ist eine Übersetzung, im Original …",
      // "Aus dem Englischen von Jan Doolan", "Translated from the Spanish by Ana Ruiz", "Traduit
      // de l'anglais par …"), the translator named last and nothing after
      "(dieser|der) (artikel|beitrag|text) ist eine übersetzung\\b|aus dem \\p{L}+(isch|sch)en (übersetzt )?von \\p{Lu}[\\p{L}.'’ -]{1,60}$|translated (from (the )?\\p{Lu}\\p{L}+ )?by \\p{Lu}[\\p{L}.'’ -]{1,60}$|tradu(it|ction) (de l['’]\\p{L}+ )?par \\p{Lu}[\\p{L}.'’ -]{1,60}$|traducido (del \\p{L}+ )?por \\p{Lu}[\\p{L}.'’ -]{1,60}$",
      // a form's error and a page's note to the reader ("Something went wrong, please try again
      // later.", "An error has occurred, please try again later.", "This advertisement has not
      // loaded yet, but your article continues below.", "We've detected you are on Internet
      // Explorer …"): the whole line, one or two sentences
      "(something went wrong|an error (has )?occurred|there was an error|we encountered an error|oops)[,.!]?\\s(please )?try again( later)?[.!]?$|es ist ein fehler aufgetreten[.!]?\\s(bitte )?versuchen sie es (später )?(erneut|noch einmal)[.!]?$|this advertisement has not loaded yet\\b|we['’]ve detected (that )?you are (using|on) internet explorer",
      // the text going on below an ad or a video, in the lists' languages and as machines
      // translate it ("Dalsza część artykułu pod materiałem wideo", "The further part of the
      // article below the advertisement", "Weiter nach der Anzeige"): the whole line
      "((the )?(story|article|text) continues (below|after) (the |this )?(ad|advert|advertisement|video)|(the )?(further|rest of the|continuation of the|next) (part of (the )?)?(article|text|story) (is )?(below|after|under) the (ad|advert|advertisement|video)|weiter nach (der|dem) (anzeige|werbung|video)|(der )?(artikel|text|beitrag) (geht|wird) (unter|nach) (der|dem) (anzeige|werbung|video) weiter|lesen sie nach der (anzeige|werbung) weiter|dalsza część (artykułu|tekstu) (pod|poniżej) (reklamą|materiałem wideo|wideo|materiałem)|(la )?suite (de l['’]article )?après (la|cette) (publicité|vidéo)|l['’]article continue (après|sous) (la|cette) (publicité|vidéo)|(el )?(artículo|texto|noticia) (continúa|sigue) (después del|tras el|bajo el|debajo del) (anuncio|vídeo|video)|(el )?(artículo|texto|noticia) (continúa|sigue) (después de la|tras la|bajo la) publicidad|(l['’])?articolo (continua|prosegue) (dopo|sotto) (la pubblicità|il video|l['’]annuncio)|продолжение (статьи |текста )?(ниже|после рекламы|после видео)|(текст|стаття|статтю) продовжується (нижче|після реклами|після відео))[.:…]?$",
      // "Dies ist eine maschinelle Übersetzung eines Artikels …", "This is a machine translation of …"
      '(dies ist eine|das ist eine) (maschinelle|automatische|automatisierte) übersetzung|this is an? (machine|automated|automatic) translation|ceci est une traduction automatique|esta es una traducción automática|questa è una traduzione automatica',
      // the site's notice that a machine wrote a summary or the text (see `aiNoticeSubject`)
      `(${aiNoticeSubject}) (\\p{L}+ ){0,2}(${aiNoticeMade}) ${aiNoticeBy}(${aiNoticeMachine})${aiNoticeEnd}|(${aiNoticeSubject}) ${aiNoticeBy}(${aiNoticeMachine}) (\\p{L}+ ){0,2}(${aiNoticeMade})${aiNoticeEnd}|(${aiNoticeSubject}) (künstlich|automatisch) (erzeugt|erstellt|generiert|zusammengefasst)${aiNoticeEnd}`,
      // "AI-generated summary", "KI-generierte Zusammenfassung", "Résumé généré par IA"
      "(ai|ki)[- ](generated|generierte|generiert|erstellte|erzeugte) (summary|zusammenfassung)|résumé généré par (l['’])?ia|resumen generado (por|con) ia",
];
/**
 * The patterns as two expressions, each tried on a line's start: one alternation of them all is
 * past the size V8 compiles to machine code, and is interpreted instead.
 */
const prefixParts = [boilerplatePrefixPatterns.slice(0, boilerplatePrefixPatterns.length >> 1), boilerplatePrefixPatterns.slice(boilerplatePrefixPatterns.length >> 1)].map((part) => new RegExp(`^(${part.join('|')})`, 'iu'));
export const boilerplatePrefix: { test(text: string): boolean } = { test: (text) => prefixParts.some((re) => re.test(text)) };
export const boilerplatePrefixMax = 200;

/**
 * Furniture whose telling words come after a few words of its own, tested only on lines that
 * hold one of those words (`innerTrigger`): a player that failed ("We apologize, but this
 * video has failed to load."), an affiliate disclosure ("… we may receive a small commission."), a copied link's confirmation ("Link copied to clipboard", "Die
 * Artikel-URL wurde in Ihrer Zwischenablage gespeichert."), a widget that needs scripts ("This
 * slideshow requires JavaScript."), an offer to remove the ads ("Don't want to see this?
 * Remove ads"), a video's teaser that ends with its date and its length ("… 18.04.2024 | 0:21
 * min").
 */
const innerFurniture = new RegExp(
  '^(' +
    [
      '[^.!?]{0,40}\\b(this video (has )?|the video has )failed to load[.!]?$',
      '[^.!?]{0,80}(copied to (the |your )?clipboard|(in (die|ihre|deine|der|ihrer|deiner) zwischenablage) (kopiert|gespeichert)|copié dans le presse-papiers|copiado (al|en el) portapapeles|copiato negli appunti|copiado para a área de transferência|skopiowano do schowka|скопирован[аоы]? в буфер обмена|скопійовано (в|до) буфер(а)? обміну)[.!]?$',
      '[^.!?]{0,60}\\b(requires|needs) javascript[.!]?$',
      // a player's or a widget's request for scripts after what it would show ("To view this video
      // please enable JavaScript, and consider upgrading to a web browser that …")
      '(to (view|watch|see|play|use) this [^.!?]{1,40}\\s)?please (enable|activate|turn on) javascript\\b[^.!?]{0,140}[.!]?$',
      // an opinion piece's disclaimer ("The views expressed in this article are the author's own
      // …", "Gastbeiträge … müssen nicht der Meinung der Redaktion entsprechen.")
      '[^.!?]{0,80}\\b(views|opinions) expressed\\b[^.!?]{0,60}\\b(are|is)\\b[^.!?]{0,40}\\b(author|authors|writer|contributor|columnist)[\'’]?s?\\b[^.!?]{0,120}[.!]?$|[^.!?]{0,160}\\b(müssen|muss) nicht (unbedingt )?(mit )?der meinung der redaktion (entsprechen|übereinstimmen)[.!]?$|[^.!?]{0,160}\\b(gibt|geben|spiegelt|spiegeln) nicht (unbedingt |notwendigerweise )?die meinung der redaktion (wieder|wider)[.!]?$',
      '[^.!?]{0,40}[?.!]? ?remove (the )?ads[.!]?$',
      // an affiliate disclosure ("Sometimes we include links to online retail stores. If you
      // click on one and make a purchase we may receive a small commission.", "Wir erhalten eine
      // Provision, wenn Sie über diese Links kaufen"), two sentences at most
      '(?=.*\\b(links?|retail(ers?)?|affiliate|shopping|click)\\b)([^.!?]{0,120}[.!?] )?[^.!?]{0,80}\\bwe (may |might |will )?(receive|earn|get|be paid) (an? )?(small )?(share of (the )?(sales|revenue)|(affiliate )?commissions?)\\b[^.!?]{0,120}([.!] [^.!?]{0,80})?[.!]?$|(?=.*\\b(links?|kauf\\p{L}*|partnerlinks?|affiliate)\\b)([^.!?]{0,120}[.!?] )?[^.!?]{0,80}\\b((erhalten|bekommen) wir|wir (erhalten|bekommen)|(erhält|bekommt) [^\\s.!?]+( [^\\s.!?]+){0,3}) (ggf\\. |gegebenenfalls |eventuell |unter umständen )?eine (kleine )?provision\\b[^.!?]{0,120}([.!] [^.!?]{0,80})?[.!]?$',
      // the site named instead of "we", its links "on our site" ("Kernel & Circuit may earn a
      // commission when you buy through links on our site."), and a post's note that it holds
      // affiliate links ("Transparenz: Dieser Beitrag enthält Affiliate-Links. Wenn du darüber
      // etwas buchst, erhalte ich eine kleine Provision …", "This post may contain affiliate
      // links."), under a label or not, four sentences at most
      '(?=.*\\b(our (site|website|links?)|this (post|article|page))\\b)(?=.*\\b(links?|purchases?|buy)\\b)[^.!?]{0,80}\\b(may|might|will|can) (receive|earn|get|be paid) (an? )?(small )?(share of (the )?(sales|revenue)|(affiliate )?commissions?)\\b[^.!?]{0,120}([.!] [^.!?]{0,80})?[.!]?$',
      '([\\p{L}-]{2,20} ?: )?(this (post|article|page|review)|dieser (beitrag|artikel|text)|cet article|este (artículo|post)|questo articolo) (may |kann |peut )?(contains?|enthält|contient|contiene) [^.!?]{0,30}(affiliate[- ]links?|partnerlinks?|werbelinks?|provisionslinks?|liens (affiliés|d[\'’]affiliation)|enlaces de afiliad[oa]s?|link (di )?affiliazione|link affiliati)\\b[^.!?]{0,160}([.!?] [^.!?]{0,160}){0,3}[.!]?$',
      '.{1,160}\\s(\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}|\\d{4}-\\d{2}-\\d{2})\\s*\\|\\s*\\d{1,2}:\\d{2}(:\\d{2})?\\s*(min|minuten|std|h)\\.?$',
    ].join('|') +
    ')',
  'iu',
);
/** What `innerFurniture` cannot match without. */
const innerTrigger = /commission|provision|affili|partnerlink|werbelink|video|clipboard|zwischenablage|presse-papiers|portapapeles|appunti|transferência|schowka|буфер|javascript|remove (?:the )?ads|expressed|redaktion|\|/iu;

/**
 * A byline on a line of its own ("Von Martin Ahlers", "By Adam Millington", "Written by Jane
 * Doe, Riverside Gazette", "Von Thilo Schäfer, Madrid", "di Viviana Mazza", "Par Les Echos"): the word for "by" in German,
 * English, French, Spanish and Portuguese, Italian, Dutch and the Scandinavian languages,
 * then one to six capitalized names (joined by "and", "und", "et", "y", "e", "&" or name
 * particles), after a genre or not ("Ein Kommentar von …", "Kolumne von …", "Analysis by …"),
 * then at most a place or outlet after a comma or dash ("von Engin Haupt, MDR SACHSEN-ANHALT"), and a date (with its time
 * or not: "By Rebecca Astill 30 Aug 2023, 12:54pm", "di Teresa Fallavollita 20 Novembre 2024",
 * "By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m."; the benchmark pages hold 15
 * such dated bylines, all furniture). Only short lines that are
 * not headings are tested (assemble.ts): "Von Berlin nach Paris" has a lowercase word and stays.
 */
export const bylineLine = /^(?:(?:[Ee]in |[Ee]ine |[Aa]n? )?(?:[Kk]ommentar|[Aa]nalyse|[Gg]astbeitrag|[Gg]astkommentar|[Bb]eitrag|[Bb]ericht|[Kk]olumne|[Rr]eportage|[Cc]ommentary|[Aa]nalysis|[Cc]olumn|[Cc]ommentaire|[Aa]nálisis|[Cc]ommento|[Kk]omentarz)\s)?(?:[Vv]on|(?:(?:[Ww]ritten|[Ww]ords|[Rr]eporting|[Ss]tory|[Tt]ext|[Rr]eported) )?[Bb]y|BY|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Aa]v|[Aa]f)\s+\p{Lu}[\p{L}.'’-]+(?:\s+(?:\p{Lu}[\p{L}.'’-]+|and|und|et|y|e|&|von|van|de|der|da|di)){0,5}(?:\s*[,|–—-]\s*[\p{L} .,-]{1,40})?(?:\s*[,|–—-]?\s*(?:on\s)?(?:\p{L}{3,9},?\s)?(?:\d{1,2}(?:st|nd|rd|th)?\.?\s\p{L}{3,9}\.?|\p{L}{3,9}\.?\s\d{1,2}(?:st|nd|rd|th)?,?|\d{1,2}[./]\d{1,2}[./])\s?\d{2,4}(?:,?\s(?:at\s)?\d{1,2}[:.]\d\d(?:\s?[ap]\.?m\.?|\s?uhr)?)?)?$/u;
/** Bylines are tested on lines of at most this many characters. */
export const bylineMax = 90;

/**
 * A caption that carries its picture credit at its end ("Protesters have worn masks (Image:
 * GETTY)", "Der Kanzler in Berlin (Foto: dpa)", "… erweitert werden. (Visualisierung: zvg)", a
 * Korean paper's "[Photo = Robotry]", "… on Sunday morning. (Photo courtesy: Tanner County
 * Sheriff's Office)"): a line of at most `boilerplatePrefixMax`
 * characters ending in a parenthesised picture credit, in the languages of the lists above.
 * Sources named in running text ("(Source: Reuters)") are not picture credits and stay.
 */
export const creditSuffix = new RegExp(
  '[(\\[](foto|fotos|bild|bilder|bildquelle|bildnachweis|photo|photos|image|images|picture|pictures|pic|credit|crédit photo|crédits? photo|imagen|foto de|immagine|zdjęcie|фото|світлина|grafik|infografik|illustration|visualisierung|rendering|abbildung)\\s*[:=][^()\\[\\]]{1,60}[)\\]]\\s*$|[(\\[](photo|image|picture)s?\\s(courtesy|provided by|supplied by|submitted by)(\\sof)?\\s?:?\\s\\p{Lu}[^()\\[\\]]{1,60}[)\\]]\\s*$',
  'iu',
);

/**
 * A caption that ends in its credit after its last sentence, under a label ("… an der Madrider
 * Börse. Foto: T. Schäfer", "… compared to its hibernation-based equivalent. Credit: ESA",
 * "… Superbike-Saison 2024, Foto: LAT Images", "… in der Schlachthalle. Bildrechte: MDR/David
 * Straub"), or as the Associated Press signs ("… near
 * Puerto Cabello, Venezuela. AP Photo"), or with an agency's name alone after it ("… for about
 * an hour. AP", glued to it as scrapers join them: "… en Losail.EFE"); the photo labels also
 * after a word without punctuation or glued to it, as
 * scrapers join a caption and its credit ("… Frieden geeint Foto: Editpress/Fabrizio
 * Pizzolante", "… at the Qatar World CupCredit: PA", "… im Luschniki-StadionBild: Pavel
 * Golovkin/dpa"). Or a credit that names a photo agency in parentheses at the line's end ("(The
 * FA via Getty Images)", "… worn masks (Shutterstock)", a caption's broken end "Anadolu via
 * Getty Images)"), or alone ("STR/AFP via Getty Images"), or a photographer's name with the
 * agency in parentheses after the caption's last sentence ("… el 11 de octubre. Florion Goga
 * (REUTERS)", "… el 1 de agosto. Alketa Misja (dpa/picture alliance via Getty)").
 * Nothing may follow: "(Getty Images)." ends a sentence, which a caption does not.
 */
const creditName = String.raw`[\p{L}\p{N}][\p{L}\p{N}.'’ &|\/–-]{0,60}\p{L}(?:\s?\(\p{L}[\p{L}.'’ -]{1,24}\))?`;
/** Wire agencies, whose name alone after a caption is its credit. */
const wireAgencies = ['AP', 'AFP', 'Reuters', 'REUTERS', 'EPA', 'dpa', 'Xinhua', 'ANSA', 'EFE', 'APA', 'NTB'];
const agencies = `(?:${[...wireAgencies, 'Getty Images', 'Shutterstock'].join('|')})`;
/** The wire agencies whose name may be glued to a caption's last sentence as scrapers join them ("… en Losail.EFE"); not "AP", which ends abbreviations ("U.S.AP"). */
const gluedAgencies = `(?:${wireAgencies.filter((a) => a !== 'AP').join('|')})`;
const labelCredit = new RegExp(
  String.raw`(?:[.!?…"”’'),;]\s+(?:(?:©\s?)?(?:Foto|Fotos|Bild|Bildrechte|Bildquelle|Bildnachweis|Fotonachweis|Photo|Photos|PHOTO|PHOTOS|FOTO|Photograph|Picture|Pictures|Image|Credit|Crédit photo|Crédit|Foto de|Fotografia|Fotografía|Zdjęcie|Fot\.|fot\.|Фото|(?:Photo|Image|Picture) [Cc]redit)\s?:\s?${creditName}|AP Photo(?:\/\p{Lu}[\p{L}.'’ -]{1,40})?(?:,\s?File)?|${agencies}|\(${agencies}\))|(?<=\p{Ll}[.!?…]["”’]?)${gluedAgencies}|(?:(?:\s+|(?<=[\p{Ll}.!?…]))(?:Foto|Fotos|Photo|Photos|Credit)|(?<=\p{Ll})Bild)\s?:\s?${creditName}|(?:[.!?…"”)]\s*|(?<=\p{Ll}))(?:Photograph|Photo|Photos|Picture|Pictures|Image|Illustration) by \p{Lu}[\p{L}.'’ -]{1,40}(?:\/\s?[\p{L}.'’ &-]{2,40})?)$`,
  'u',
);
/** The agencies a credit names after "via" ("STR/AFP via Getty Images"). */
const viaAgencies = String.raw`(?:Getty(?: Images)?|Shutterstock|Alamy|Imago|Reuters|AP|AFP|EPA|picture alliance|Bloomberg)`;
const agencyCredit = new RegExp(String.raw`(?:^|\()[^()]{0,60}(?<!\p{L})via ${viaAgencies}\)$|\((?:Getty Images|Shutterstock|Alamy|iStock|AP Photo|PA Wire|PA Images|PA Media|WireImage|FilmMagic|NurPhoto|Imago|picture alliance)\)$|\(\s?\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,3}\s?\/\s?[\p{L}.'’ &-]{2,40}\)$|[.!?…"”’]\s{1,3}\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,2}\s\((?:${agencies}|picture alliance)(?:\s?\/[^()]{1,40})?\)$`, 'u');
const agencyLine = new RegExp(String.raw`^[^()]{1,50}(?<!\p{L})via ${viaAgencies}$`, 'u');
const endsWithAgency = new RegExp(`${agencies}\\)?$`, 'u');
/**
 * Agencies and stock sites that sell pictures, not news: their name after a caption's last
 * sentence, glued to it or not ("… helfen.Pexels/AS Photography", "… zu kommen. Unsplash/Kelly
 * Sikkema"), or as a "source" in parentheses ("… Namen und Flagge. (Quelle: IMAGO/U.S. European
 * Command)"), is a picture credit; a wire agency's name as a source ("(Quelle: dpa)") may be the
 * text's, and stays.
 */
const pictureAgencies = String.raw`(?:IMAGO|Imago|imago(?: images)?|Getty Images|picture[ -]alliance|Shutterstock|Alamy|iStock(?:photo)?|Pexels|Unsplash|Pixabay|Panthermedia|photothek|Westend61|NurPhoto)`;
const pictureCredit = new RegExp(
  String.raw`(?:(?<=\p{Ll}[.!?…]["”’]?)|[.!?…]["”’]?\s{1,2})${pictureAgencies}(?:\s?\/\s?[^\/()]{1,50})?$|\((?:Quelle|Source|Fuente|Fonte|Bildquelle)\s?:\s?${pictureAgencies}(?:\s?\/[^()]{1,60})?\)$`,
  'u',
);
/**
 * A caption's credit after a bar, under a label ("Spontane Tanzeinlage des Publikums | Bild: Eva
 * Kirchner-Rätsch/rbb", "… | Foto: dpa"): the bar is what says a credit follows (a sentence's
 * "ein klares Bild: …" has none).
 */
const barCredit = new RegExp(String.raw`\s[|•·]\s?(?:Bild|Foto|Fotos|Photo|Photos|Credit|Bildquelle|Image|Imagen|Crédit photo|Crédit|(?:Photo|Image|Picture) [Cc]redit|BILD|FOTO|FOTOS|PHOTO|PHOTOS|CREDIT|IMAGEN)\s?:\s?${creditName}$`, 'u');
/**
 * A caption's last sentence, a bar and the photographer's or the agency's name alone, as Spanish
 * papers sign their pictures ("… en una imagen de archivo. | E. D. V.", "… this Monday. |
 * HERALDO", "… el ascenso sobre el césped. | Pepe Navarro"): one to four capitalized words or
 * initials after a sentence's end. An article's paragraph does not end with a bar and a name.
 */
const barNameCredit = /[.!?…]["”’)]?\s\|\s\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}$/u;

/**
 * A credit in parentheses after its label and a blank, as French and Italian papers sign their
 * pictures ("… devant l'école dès lundi soir. (Photo Le Quotidien des Marais – Julien Pineau)",
 * "(Photo Jean Dupont)", "(Foto Ansa)"): the label, then capitalized words only, up to the
 * parenthesis that ends the line ("(photo by the river)" and "(Photo of the week)" are no credit).
 */
const namedParenCredit = /\((?:[Pp]hotos?|[Ff]oto|Crédit photo|Illustration) \p{Lu}[\p{L}'’.-]*(?:\s(?:\p{Lu}[\p{L}'’.-]*|[–—-]|de|des|du|la|le|di|del|della|\/))*\)$/u;
/**
 * A credit after a caption's last sentence without a colon, a paper's name and the photographer's
 * joined by a slash ("… devant l'école mardi soir. Photo JDL/Julien MERCIER", "… Foto NWZ/Anna
 * Meyer", "… w Lipowcu. Fot. Agnieszka Zawada / Kurier znad Odry"): the slash says a credit
 * follows; after Polish "Fot.", a label no sentence uses, a name alone ("… Fot. Marek Lis"), or
 * the paper's archive in lower case ("… Dni Brzegu. fot. archiwum Głosu Brzegu").
 */
const labelSlashCredit = /[.!?…]["”’]?\s+(?:(?:Photos?|Foto|PHOTO|FOTO|Fot\.) ?\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}\s?\/\s?\p{Lu}[\p{L}.'’ -]{1,40}|[Ff]ot\. ?(?:\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3}|arch(?:iwum|\.) ?\p{L}[\p{L}'’-]*(?:\s\p{L}[\p{L}'’-]*){0,3}))$/u;
/**
 * A credit after a caption's last sentence and a dash, as papers in Pakistan, the Philippines and
 * India sign their pictures ("… on Sunday. — Photo: Online", "… at a grain market. — Reuters/File",
 * "… on Tuesday. — Photo courtesy PCB", "… afternoon. —SENTINEL PHOTO / NOEL ARCE", "…
 * Sorsogon. —CONTRIBUTED PHOTO"): a label, an agency's file picture or a credit in capitals
 * that says PHOTO. An agency's name alone after a dash may be a wire story's sign-off, and stays.
 */
/** What `dashCredit` cannot match without, tested first: most lines with a dash hold none. */
const dashCreditHint = /PHOTO|Photo|Foto|Image|Picture|\/\s?(?:File|Archiv)/u;
const dashCredit = new RegExp(
  String.raw`[.!?…"”’)]\s?[—–]\s?(?:(?:Photos?|Foto|Image|Picture|File photo)(?:\s?:\s?|\s(?:courtesy(?: of)?|by)\s)\p{Lu}[\p{L}\p{N}.'’ &\/-]{0,50}|${agencies}\s?\/\s?(?:File|Archive|Archivo|Archiv)|(?:\p{Lu}[\p{Lu}\p{N}.'’&-]*\s){0,3}PHOTOS?(?:\s?\/\s?\p{Lu}[\p{Lu}.'’ -]{1,40})?)$`,
  'u',
);
/**
 * A caption's label of an old, a stock or a reader's picture after its last sentence ("… on
 * Wednesday evening. File photo", "… am Hauptplatz. Archivbild", "… in Wien. Symbolbild", "…
 * early Tuesday. Submitted photo"), or the photographer and the paper before it ("… near the
 * University of Guelph. Daniel Okafor/RoyalCityNow file photo"): no sentence ends so.
 */
const fileLabel = /[.!?…]["”’]?\s+(?:File photo|File picture|File image|Stock image|Supplied photo|Supplied image|Submitted photo|Contributed photo|Handout photo|Archivbild|Archivfoto|Symbolbild|Symbolfoto|Photo d['’]archives|Foto d['’]archivio|Foto de archivo|Imagen de archivo|(?:\p{Lu}[\p{L}'’-]+\s){1,2}?\p{Lu}[\p{L}'’-]+\/\p{Lu}[\p{L}\p{N}'’-]+ (?:file photo|photo|file image))$/u;
/** Whether a line ends as `labelCredit`, `agencyCredit`, `pictureCredit`, `labelSlashCredit`, `barCredit` or `fileLabel` says, or is `agencyLine`; each tested on the lines that can hold it, `labelCredit` on a line's last 90 characters only (a line's end is all it reads). */
export function isTrailingCredit(text: string): boolean {
  if (fileLabel.test(text.slice(-40))) return true;
  if (text.endsWith(')') && (agencyCredit.test(text) || namedParenCredit.test(text.slice(-90)))) return true;
  if (pictureCredit.test(text.slice(-120)) || (text.includes(':') && barCredit.test(text.slice(-90)))) return true;
  if (text.includes(' | ') && barNameCredit.test(text.slice(-70))) return true;
  if ((text.includes('/') || text.includes('Fot.') || text.includes('fot.')) && labelSlashCredit.test(text.slice(-90))) return true;
  const tail = text.slice(-100);
  if ((tail.includes('—') || tail.includes('–')) && dashCreditHint.test(tail) && dashCredit.test(tail)) return true;
  if (text.length <= 70 && text.includes(' via ') && agencyLine.test(text)) return true;
  // The last 90 characters are read, and only once a label, "AP Photo", "by" or an agency's name
  // at the very end (its last 16 characters) says a credit may be there.
  const from = Math.max(0, text.length - 90);
  if (!(text.includes(':', from) || text.includes('AP Photo', from) || text.includes(' by ', from) || endsWithAgency.test(text.slice(-16)))) return false;
  return labelCredit.test(from > 0 ? text.slice(from) : text);
}

/**
 * A caption that ends in its credit without parentheses, after its last sentence: a label and a
 * photographer and agency joined by a slash ("… during a debate Saturday. Credit Stephen Crowley/The New York Times",
 * "… in Kyiv. Photograph: Jane Doe/AP"), or a wire agency's credit ("… on Monday. REUTERS/Issam
 * Abdallah"), or a photographer and an agency that signs in lower case, after the last sentence,
 * glued to it or alone on the line ("… in einer Klinik.Friso Gentsch/dpa", "Philipp von
 * Ditfurth/dpa", "Pavel Golovkin/dpa/picture alliance"), or alone the other way round, a wire
 * agency or the site in lower case before the photographer ("APA/Karin Strasser",
 * "orf.at/Stefan Hauer"). A sentence that names an agency ends as a sentence ends.
 */
export const slashCredit = /^(?:APA|AP|AFP|EPA|DPA|dpa|Reuters|REUTERS|ANSA|EFE|PAP|Keystone|KEYSTONE|\p{Ll}[\p{L}.-]{2,20})\s?\/\s?\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2}$|(?:[.!?…"”)]\s*|^)\p{Lu}[\p{L}'’.-]+(?:\s(?:\p{Lu}[\p{L}'’.-]+|von|van|de|da|del|der)){1,3}\s?\/\s?(?:dpa|picture[ -]alliance|imago(?: images)?)(?:\s?\/\s?[\p{L}.'’ &-]{2,40})?$|[.!?…"”)]\s+(?:(?:(?:[Pp]hoto |[Ii]mage )?[Cc]redits?:?|[Pp]hotograph:|[Pp]hoto:|[Ff]oto:|[Bb]ild:|PHOTO:)\s+\p{Lu}[\p{L}.'’ -]{1,40}\/\s?[\p{L}.'’ &-]{2,40}|(?:REUTERS|AFP|AP|EPA|DPA|dpa|ANP|ANSA|EFE|PAP|TASS|Xinhua|Getty Images|IMAGO|imago|picture alliance|picture-alliance)\/\s?\p{Lu}[\p{L}.'’ -]{1,40})$/u;

/**
 * A caption that ends in its picture's copyright ("Prinz Harry, Herzog von Sussex. © Victoria
 * Jones/PA Wire/dpa", "Der Marathon führte an den Landungsbrücken vorbei. © Axel Heimken/dpa",
 * "… (Archivbild) © AP/dpa | Richard Drew"): text, then "©" and at most eight words of credit
 * at the line's end. A line that starts with "©" or "Copyright" is the site's copyright notice,
 * `boilerplate`'s. The benchmark pages hold 53 such lines, none of them article text.
 */
export const copyrightCredit = /^(?!©|copyright\b)\S.{0,180}\s©\s?(?:[^\s©]+\s){0,7}[^\s©]+$/iu;

/**
 * Whether a line ends in its picture's credit (`creditSuffix`, `copyrightCredit`, `slashCredit`,
 * `isTrailingCredit`): the extractor drops such a paragraph, and a plain text's line is a
 * caption with its credit (`page-furniture`, `caption`).
 */
export function endsInPictureCredit(text: string): boolean {
  return creditSuffix.test(text) || copyrightCredit.test(text) || (text.includes('/') && slashCredit.test(text)) || isTrailingCredit(text);
}

/**
 * A site's notice of its rights ("Copyright © 2024 Example Media. All rights reserved.", "Alle
 * Rechte vorbehalten.", "無断転載を禁じます", "무단 전재 및 재배포 금지"): the page's footer, or a
 * wire story's last line. Not a test of whether a line goes (the article-extraction benchmark's
 * truth keeps four such lines at a story's end), but of whether it is prose a container earns its
 * place with: without a `<footer>` element around it, a footer's notice must not outweigh a
 * story of short lines.
 */
export const rightsNotice = /\b(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|wszelkie prawa zastrzeżone|všechna práva vyhrazena|alle rechten voorbehouden|alle rettigheder forbeholdes|alle rettigheter (?:reservert|forbeholdt)|alla rättigheter förbehållna|tüm hakları saklıdır)\b|все права защищены|(?:усі|всі) права захищені|無断(?:で)?(?:転載|複製)|무단\s?전재|版权所有|版權所有/iu;
/** A rights notice is tested on paragraphs of at most this many characters: a footer's, not an article's. */
export const rightsNoticeMax = 300;

/** Labels of a reading time, in the languages of the lists above. */
const readingLabel = String.raw`(?:reading time|read time|lesedauer|lesezeit|tempo de leitura|tiempo de lectura|temps de lecture|durée de lecture|tempo di lettura|czas czytania|время чтения|час читання|waktu baca|leestijd|lesetid|läsetid)`;
/** Units of minutes, for reading times. */
export const minuteUnit = String.raw`(?:min|mins|minutes?|minuten|minutos?|minuti|minut|minuty|minuter|minutter|мин|минут[аы]?|хв|хвилин[аи]?|menit)`;
/**
 * A reading time alone on its line, with its label before or after the minutes ("Lesezeit: 3
 * Min.", "Tempo de leitura: 2 minutos", "Temps de lecture 4 min.", "3 Min Lesezeit", "4 min
 * read"). The benchmark pages hold 7 of the first kind, all furniture. Minutes without a label
 * ("5 min") may be a table's cell: the extractor alone judges those (assemble.ts).
 */
const readingTime = new RegExp(
  String.raw`^(?:${readingLabel}\s?:?\s?(?:ca\.\s?|~\s?)?\d{1,3}\s?${minuteUnit}\.?|\d{1,3}\s*${minuteUnit}\.?\s+(?:${readingLabel}|read|de lectura|di lettura|de lecture|czytania|чтения|читання))$`,
  'iu',
);

/**
 * A shop button under a product: a price and where to buy, in at most three words and a
 * variant in parentheses ("$285 at REI", "$99 at Moosejaw (Nanowave 35)", "29,99 € bei
 * Amazon"). The benchmark pages hold 24, all furniture.
 */
const priceButton = /^(?:(?:[$€£]|US\$|C\$|A\$)\s?\d[\d,.]{0,12}|\d[\d.,]{0,12}\s?(?:€|\$|£|euro|usd|eur))\s(?:at|bei|chez|en|su|na)(?:\s[^\s.!?]+){1,3}(?:\s\([^()]{1,40}\))?$/iu;

/**
 * A paywall's count of what is left ("Il vous reste 57.09% de cet article à lire. La suite est
 * réservée aux abonnés.", "Pozostało jeszcze 89% artykułu", "You have 60% of this article left
 * to read"): a share in percent of the article, or a word for what remains, a share and a word
 * for reading; not a sentence that gives a share ("The remaining 15% was actual logic.").
 */
const paywallRemainder = /\d{1,3}(?:[.,]\d{1,2})?\s?%\s(?:(?:of|de|del|dell['’]|do|da|della|dello)\s?)?(?:(?:this|the|cet|cette|este|esta|questo|quest['’]|tego|этой|цієї)\s)?(?:article|artikels?|artículo|articolo|artigo|artykułu|статьи|статті)(?!\p{L})|(?:reste|remaining|pozostało|queda|rimane|restam)\b.{0,40}\d{1,3}(?:[.,]\d{1,2})?\s?%.{0,30}(?<!\p{L})(?:lire|read|leer|leggere|ler|przeczytania|lesen|читать|прочитать)(?!\p{L})/iu;

/**
 * When the page was last updated, a clock time after its label, a date before it or not
 * ("Updated at 1:23 p.m.", "15/04/2026 Actualizado a las 17:30h.", "Aktualisiert um 14:05 Uhr").
 */
/** A story saying when it was updated, as a sentence ("Dieser Beitrag wurde zuletzt aktualisiert am 19. Februar 2025 um 16:40 Uhr.", "This article was last updated on March 3, 2024."). */
const updatedSentence = /^(?:dieser (?:beitrag|artikel|text)|this (?:article|story|post|page)|cet article|este (?:artículo|artigo)|questo articolo|ten artykuł) (?:wurde|was|has been|a été|fue|foi|è stato|został) (?:zuletzt |last |dernièrement |por última vez |l['’]ultima volta |ostatnio )?(?:aktualisiert|updated|mis à jour|modifié|actualizado|atualizado|aggiornato|zaktualizowany)(?: (?:am|on|le|el|em|il|dnia))?\s[^!?]{4,50}$/iu;
const updatedAt = /^(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}\s)?(?:actualizado|updated|last updated|aktualisiert|mis à jour|aggiornato|atualizado|zaktualizowano|обновлено|оновлено)(?: (?:a las|at|um|à|alle|às|o))?\s?:?\s?\d{1,2}[:.h]\d\d\s?(?:h|uhr|am|pm|a\.m\.|p\.m\.)?\.?$/iu;

/**
 * A wire story's currency note ("($1 = 0.8998 euros)", "(£1 = $1.2734)", "(1 euro = 1.0912
 * dollars)"): one unit of a currency and its rate, in parentheses, alone on its line.
 */
const currencyNote = /^\((?:[$€£¥₹]|us\$|1\s?[\p{L}]{1,12}\s?)\s?1?\s?=\s?[$€£¥₹]?\s?\d[\d.,]{0,12}\s?[\p{L}$€£¥₹ .]{0,30}\)$/iu;

/**
 * The comment section's moderation, its disclaimer or its closing, as the line opens ("Los
 * comentarios están sujetos a moderación previa. …", "I commenti vengono pubblicati dopo
 * l'approvazione della redazione. …", "Disclaimer: The comments uploaded on this site do not
 * necessarily represent or reflect the views of the management …", "Comments are closed on
 * this story.", "Los comentarios son responsabilidad de sus autores. …"): the comments first,
 * then what is done with them. "Public comments on the plan
 * are closed" opens with something else.
 */
const commentPolicy = /^(?:disclaimer\s?:\s?)?(?:the |los |las |i |les |die |os |as |gli )?(?:comments?|comentarios|commenti|commentaires|kommentare|comentários|komentarze|комментарии|коментарі)\b[^.!?]{0,60}?\s(?:(?:are|is|will be) subject to (?:prior )?moderation|(?:están|son) (?:sujetos|moderados)|(?:vengono|sono) (?:pubblicati dopo|moderati|soggetti)|(?:sont|seront) (?:modérés|soumis)|werden (?:vor (?:der|ihrer) (?:veröffentlichung|freischaltung) )?(?:moderiert|geprüft)|(?:são|estão) (?:moderados|sujeitos)|do not (?:necessarily )?(?:represent|reflect)|(?:are|have been) (?:closed|disabled)|sind (?:geschlossen|deaktiviert)|(?:sont|ont été) (?:fermés|désactivés)|(?:están|han sido) (?:cerrados|desactivados)|sono (?:chiusi|disattivati)|(?:are|son|sont|sono|sind|são)\s(?:the\s|de\s|di\s|da\s|sous la\s|de la\s|in der\s)?(?:sole\s|exclusive\s|exclusiva\s|alleinigen\s)?(?:responsibility|responsabilidad|responsabilité|responsabilità|verantwortung|responsabilidade)\s(?:of|de|di|dei|des|der|dos|das)\s(?:their\s|sus\s|leurs\s|loro\s|ihrer\s|seus\s|suas\s)?(?:authors?|autores|auteurs|autori|autoren|verfasser|writers)\b)/iu;
const commentPolicyMax = 400;

/**
 * A republication notice ("Original story reprinted with permission from Quanta Magazine, an
 * editorially independent publication …", "This article is republished from The Conversation
 * under a Creative Commons license."), tested on lines of up to `republicationMax` characters.
 */
const republication = new RegExp(
  [
    String.raw`^(?:(?:this|the) )?(?:original )?(?:article|story|post|piece|report|interview)(?: (?:was|is|has been))? (?:reprinted|republished|reproduced)(?: here)?(?: with (?:the )?permission)? (?:from|of|by)\s`,
    // where it appeared first, in the lists' languages, the text naming itself ("This article
    // originally appeared on …", "Dieser Artikel ist zuerst bei „Capital“ erschienen.", "Cet
    // article a été initialement publié sur …", "Este artículo fue publicado originalmente en
    // …"; "Der Bericht erschien zuerst im Spiegel …" is about another text)
    String.raw`^this (?:article|story|post|piece|interview) (?:originally|first) (?:appeared|ran|was published) (?:on|in|at|by)\s`,
    String.raw`^(?:this|the) (?:article|story|post|piece|interview) (?:was|has been) (?:originally|first) (?:published|posted) (?:on|in|at|by)\s`,
    // an auto-blog's credit of its source, a sentence without a comma ("Originally published in
    // Spanish by El Heraldo Poblano Digital."; "Originally published in 1851, the novel …" has one)
    String.raw`^originally (?:published|posted|appeared) (?:in|on|at|by) [^.,;:!?]{3,80}\.(?:\s|$)`,
    String.raw`^(?:dieser|diese) (?:artikel|beitrag|text|kolumne|analyse) (?:ist|erschien|wurde) (?:zuerst|ursprünglich|erstmals) (?:bei|in|im|auf)\s`,
    String.raw`^cet article a (?:d['’]abord |initialement )?été (?:d['’]abord |initialement )?publié (?:sur|dans|par)\s`,
    String.raw`^este (?:artículo|texto) (?:fue|ha sido) publicado (?:originalmente|inicialmente|por primera vez) (?:en|por)\s`,
    String.raw`^questo articolo è (?:stato )?(?:originariamente |inizialmente |originalmente )?pubblicato (?:originariamente |inizialmente )?(?:su|in|da)\s`,
    String.raw`^este (?:artigo|texto) foi (?:originalmente )?publicado (?:originalmente )?(?:em|no|na|pel[oa])\s`,
    // where the text appeared in print ("Dieser Artikel erschien in der Printausgabe des …", "A
    // version of this article appears in print on …", "Cet article est paru dans l'édition papier …")
    String.raw`^(?:dieser|der) (?:artikel|beitrag|text) (?:erschien|ist erschienen|wurde (?:zuerst )?veröffentlicht) (?:zuerst |auch )?in der (?:print|gedruckten|samstags|wochenend)\p{L}*`,
    String.raw`^(?:a version of )?this (?:article|story) (?:appears|appeared|was published) in (?:the )?print\b`,
    String.raw`^cet article (?:est paru|a été publié) dans (?:l['’]édition papier|notre édition|le journal papier)`,
    // another language's version ("Cet article est également disponible en français.", "This
    // material is also available in Ukrainian.")
    String.raw`^(?:this|dieser|diese|cet|cette|este|esta|questo|questa|ten|ta) (?:article|material|story|artikel|beitrag|text|texte|artículo|articolo|artigo|artykuł) (?:(?:también|também|anche|również) )?(?:is|ist|est|está|è|é|jest) (?:also |auch |également |aussi |también |anche |também |również )?(?:available|verfügbar|erhältlich|disponible|disponibile|disponível|dostępny) (?:in|auf|en|em|w|po) \p{L}+\.?$`,
    // a syndicated copy's notice, in parentheses or not ("(This story has not been edited by … staff
    // and is auto-generated from a syndicated feed.)", "Except for the headline, this story has not
    // been edited by … and is published from a syndicated feed.")
    // a wire service's note of first publication ("This report by The Canadian Press was first
    // published May 14, 2024.")
    String.raw`^this (?:report|story|article) by (?:the )?\p{Lu}[^.!?]{1,60} was first published\b`,
    String.raw`^\(?(?:except for the headline,? )?this (?:story|article|report|copy) has not been edited by [^.!?()]{1,80}(?:auto-generated|published|generated) from an? (?:syndicated|agency|wire) (?:news )?feed`,
    // a reprint's disclaimer under its label, as Chinese portals print it, translated ("Statement:
    // This article is reproduced for the purpose of conveying more information. If there is any
    // infringement …", "Special statement: The above content … is uploaded and published by a user
    // of the self-media platform …")
    String.raw`^(?:(?:special |copyright )?(?:statement|disclaimer|declaration|notice)\s?[:：]\s?)(?:this article|the above content|this content|the content of this article)\b[^.!?]{0,80}\b(?:reproduced|reprinted|transferred|uploaded|published by a user|from the internet|comes from)`,
  ].join('|'),
  'iu',
);
const republicationMax = 400;

/**
 * What every consent test needs within the line's first 120 characters, case aside (a consent
 * text says what it is about at once): a line without any of these is tested no further.
 */
const consentStems = /nhalt|aten|ookie|ustimmung|OOKIE|rivacy|onsent|inverstanden|illige|^[Ii] (?:would|want|agree)|^[Ww]hen you visit|^[Bb]ecause we respect|[Кк]уки/u;
function mayBeConsent(text: string): boolean {
  return consentStems.test(text.length > 120 ? text.slice(0, 120) : text);
}
const consentTests: readonly RegExp[] = [
  // an embed's placeholder: where it stands, what it adds to the article, how to show it
  /^(?:an dieser stelle|hier) (?:finden sie|findest du|findet ihr|ist|befindet sich|wird)\b.{0,120}?(?<!\p{L})(?:externe[nrs]?|eingebettete[nrs]?)\s(?:[\p{L}-]+\s){0,2}inhalt/u,
  // … or names the platform: "An dieser Stelle finden Sie einen Inhalt von X (ehemals Twitter)."
  /^an dieser stelle (?:finden sie|findest du|findet ihr) (?:einen|ein|eine) (?:inhalt|beitrag|video|post|tweet|podcast|grafik|karte)\s(?:von|aus|des anbieters|der plattform)\s/u,
  /(?<!\p{L})(?:externe[nrs]?|eingebettete[nrs]?)\s(?:[\p{L}-]+\s){0,2}inhalte?(?:\s(?:von|aus)\s[\p{L}\p{N} .-]{1,30})?,\s(?:der|die|das)\s(?:den|die|diesen|diese)\s(?:artikel|beitrag|text)\s(?:\p{L}+\s){0,5}(?:ergänzt|ergänzen|anreichert)/u,
  /^(?:sie können|du kannst|ihr könnt)\s(?:ihn|sie|es|sich|dir|euch)\b.{0,60}mit einem klick anzeigen lassen/u,
  /^um (?:eingebettete|externe) inhalte (?:anzuzeigen|zu sehen|zu laden)/u,
  // "Mit Ihrer Zustimmung wird hier ein externes Video (YouTube) geladen.", "Dieser Beitrag
  // enthält Inhalte von Instagram. Um sie anzuzeigen, …"
  /^mit (?:ihrer|deiner|eurer) (?:zustimmung|einwilligung) (?:wird|werden) (?:hier |an dieser stelle )?(?:ein |eine |einen )?(?:externe[nrs]?|eingebettete[nrs]?) (?:[\p{L}-]+ )?(?:inhalte?|video|beitrag|karte|post|tweet|podcast|grafik)\b/u,
  /^(?:dieser|der) (?:beitrag|artikel|text) enthält (?:externe |eingebettete )?inhalte (?:von|aus) [\p{L}\p{N} .()-]{1,30}\.\s(?:um|wenn|zum)\s/u,
  // loading the embed is the reader's consent: "Mit dem Laden der Karte akzeptierst du die
  // Datenschutzerklärung von Google.", "By loading the video, you agree to YouTube's privacy policy."
  /^(?:mit dem|beim|durch das) (?:laden|anzeigen|abspielen|aktivieren|klicken|klick)\b[^.!?]{0,80}\b(?:akzeptierst du|akzeptieren sie|stimmst du|stimmen sie|erklärst du dich|erklären sie sich)\b[^.!?]{0,80}datenschutz|^by (?:loading|showing|playing|viewing|displaying|clicking)\b[^.!?]{0,80}\byou (?:accept|agree|consent)\b[^.!?]{0,80}\bprivacy/u,
  // its button alone: at most five words
  /^(?:(?:alle|den|die)\s)?(?:externe[nrs]?|eingebettete[nrs]?)\s(?:[\p{L}-]+\s)?inhalte?\s(?:anzeigen|laden|aktivieren|zulassen|erlauben|akzeptieren|einblenden)[.!]?$/u,
  /^(?:[\p{L}-]+\s)?inhalte?\s(?:von\s[\p{L}\p{N} .-]{1,30}\s)?(?:anzeigen|laden|aktivieren|einblenden|zulassen|erlauben)[.!]?$|^link zum [\p{L}\p{N}-]+-inhalt$/u,
  /^ich (?:bin damit einverstanden|willige ein|stimme zu),? dass (?:mir|meine)\s/u,
  /personenbezogene(?:n)? daten\s(?:können|werden)\s(?:dabei\s|damit\s|so\s)?an\s(?:drittplattformen|drittanbieter|dritte)\s(?:übermittelt|weitergegeben)\swerden(?=.*(?:unserer|unseren|mehr dazu|mehr informationen|einverstanden))/u,
  /(?:unserer|unseren|unsere)\s(?:datenschutzerklärung|datenschutzrichtlinie|datenschutzhinweisen?|datenschutzbestimmungen)(?=.*(?:anmeldung|abmelden|einwillig|willigen|zustimm|einverstanden))|(?:anmeldung|abmelden|einwillig|willigen|zustimm|einverstanden).*(?:unserer|unseren|unsere)\s(?:datenschutzerklärung|datenschutzrichtlinie|datenschutzhinweisen?|datenschutzbestimmungen)/u,
  /^by (?:continuing|using|clicking|choosing|browsing|selecting)\b[^.!?]{0,80}\byou (?:consent|agree|accept)\s(?:to\s)?(?:our|the)\s(?:use of cookies|cookie policy|cookies)\b|^(?:these|this) cookies?\s(?:are|is|allow|enable|help|may|collect|do|will|let)\b|^(?:we|we and our partners|this (?:site|website)|our (?:site|website|partners))\s(?:use|uses|store|stores|set|sets|place|places)\s(?:cookies|cookie)\b/u,
  /^(?:strictly necessary|necessary|essential|functional|functionality|performance|targeting|analytics|analytical|advertising|marketing|social media|preference|statistics)\scookies$|^(?:manage|update|change|review|customi[sz]e)\s(?:your\s)?(?:consent|cookie|privacy)\s(?:preferences|settings|choices)$|^cookie (?:settings|preferences|policy)$/u,
  /^we (?:care about|respect|value) (?:the protection of )?your (?:data|privacy|personal data)\.\s(?:read|see|view) our (?:privacy|data protection) (?:policy|notice)\.?$|^(?:read|see|view|review) our (?:privacy|cookie) (?:policy|notice)\.?$|^i (?:would like to|want to|agree to|consent to)\s(?:be emailed|receive|the (?:processing|use))\b/u,
  // the site's "we use cookies" in the lists' other languages, up to three words between: "Wir
  // verwenden auf unserer Website Cookies", "Ce site utilise des cookies", "Utilizziamo i cookie"
  /^(?:wir|diese (?:website|webseite|seite|internetseite)|unsere (?:website|webseite|seite))\s+(?:verwenden|verwendet|nutzen|nutzt|setzen|setzt|benutzen|benutzt)\s+(?:[\p{L}-]+\s+){0,3}cookies\b|^(?:nous utilisons|ce site(?: web| internet)? utilise|notre site(?: web| internet)? utilise)\s+(?:[\p{L}'’-]+\s+){0,3}cookies\b/u,
  /^(?:utilizamos|usamos|este (?:sitio(?: web)?|portal|site|web) (?:utiliza|usa))\s+(?:[\p{L}-]+\s+){0,3}cookies\b|^(?:utilizziamo|usiamo|questo sito(?: web)? (?:utilizza|usa))\s+(?:[\p{L}'’-]+\s+){0,3}cookie\b|^(?:używamy|wykorzystujemy|ta strona (?:używa|wykorzystuje))\s+(?:[\p{L}-]+\s+){0,3}(?:plików\s+)?cookie/u,
  /^(?:мы используем|этот сайт использует|наш сайт использует|ми використовуємо|цей сайт використовує|наш сайт використовує)\s+(?:[\p{L}-]+\s+){0,3}(?:файлы\s+|файли\s+)?(?:cookie|куки)/u,
  // a consent manager's own texts: a cookie category's description, of the site and its
  // visitors, not reported ("Necessary cookies are absolutely essential for the website to
  // function properly."; not "Analytics cookies are used to track visitors, the report
  // found."), and the stock sentences of the banners on many sites ("When you visit any
  // website, it may store or retrieve information on your browser, mostly in the form of
  // cookies.")
  /^(?:strictly necessary|necessary|non-necessary|essential|functional|functionality|performance|targeting|analytics|analytical|advertisement|advertising|marketing|social media|preference|statistics|statistical|other uncategori[sz]ed|uncategori[sz]ed)\s+cookies\s+(?:are|is|help|helps|allow|enable|may|do|collect|track|store|include|ensure|provide|let)\b(?=.*\b(?:the|this|our)\s+(?:web ?site|site)\b|.*\b(?:visitors?|we|our|us)\b)(?!.*,\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:said|says|found|finds|reported|reports|warned|wrote)\b)|^any cookies that may not be\b/u,
  /^when you visit (?:any|our|this) (?:web ?site|site)\b.{0,80}?\b(?:cookies?|store|retrieve)\b|^because we respect your right to privacy\b|^if you do not allow these cookies\b|^it is mandatory to procure user consent\b|^cookie\s+duration\s+description$/u,
];
const consentMax = 600;
/**
 * A consent manager's text, in the site's voice or the reader's checkbox, not a sentence about
 * privacy: an embed's placeholder and its button ("An dieser Stelle finden Sie einen externen
 * Inhalt, der den Artikel ergänzt.", "Externen Inhalt anzeigen", "Ich bin damit einverstanden,
 * dass mir externe Inhalte angezeigt werden.", "Personenbezogene Daten können an
 * Drittplattformen übermittelt werden. Mehr dazu in unserer Datenschutzerklärung."), a
 * newsletter form's privacy note ("Mit der Anmeldung willigen Sie … gemäß unserer
 * Datenschutzerklärung ein."), a cookie banner's sentences and headings ("We use cookies to …",
 * "These cookies allow us to …", "Strictly Necessary Cookies", "Manage Consent Preferences"),
 * "I would like to be emailed about offers …", "Read our privacy policy". Each test needs the
 * placeholder's own words, the site's "we"/"our"/"unserer" or the first person of a checkbox,
 * most of them first on the line: "Websites set cookies on your device, the report found.",
 * "Die Plattformen müssen externe Inhalte prüfen, bevor sie angezeigt werden." and
 * "Personenbezogene Daten dürfen nicht an Drittanbieter übermittelt werden, urteilte das
 * Gericht." stay. Lines up to `consentMax`.
 */
function isConsentWidget(text: string): boolean {
  if (text.length > consentMax || !mayBeConsent(text)) return false;
  // Tested in lower case, with case-sensitive patterns: a pattern that ignores case is compiled
  // to several times the code in every worker.
  const lower = text.toLowerCase();
  return consentTests.some((re) => re.test(lower));
}

/** An e-mail address alone on its line, labelled or not ("jane.doe@example.com", "E-Mail: info@…"): an author's or a company's contact. */
const emailLine = /^(?:(?:e-?mail|email|courriel|correo)\s?:?\s?)?[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,4}$/iu;

/** The phrases of an invitation to write to the editors, in the lists' languages. */
const writeIn =
  '(?:write to us|e-?mail us|contact us|send us (?:your |an? )?(?:tips?|news tips?|feedback|letters?|story ideas|questions|comments|photos)' +
  '|schreiben sie uns|schreibt uns|schreib uns|kontaktieren sie uns|senden sie uns|schicken sie uns|mailen sie uns' +
  '|écrivez-nous|contactez-nous|envoyez-nous|escr[ií]b[ea]nos|cont[aá]ct[ae]nos|env[ií][ae]nos' +
  '|scrivici|scriveteci|contattaci|contattateci|inviateci|escreva-nos|escreva para n[óo]s|fale conosco|envie-nos' +
  "|napisz(?:cie)? do nas|skontaktuj się z nami|пишите нам|напишите нам|свяжитесь с нами|пишіть нам|напишіть нам|зв['ʼ’]яжіться з нами" +
  '|mail ons|stuur ons|tip de redactie|(?:een )?tip voor de redactie|mail (?:naar )?de redactie)';

/**
 * A line that asks readers to write in, with the address to write to ("Senden Sie uns Ihr
 * Feedback zu diesem Artikel an: briefe@…", "Schreiben Sie uns an redaktion@…", "Write to us at
 * letters@…", "Escríbenos a …"): the editors' invitation under an article, in the languages of
 * the lists above. An e-mail address or a link must be on the line (`contactReach`): "Readers
 * wrote to us in their hundreds" has neither, nor the phrase.
 */
export const contactLine = new RegExp(`(?:^|[^\\p{L}])${writeIn}(?!\\p{L})`, 'iu');
/**
 * The same invitation after a question to the reader, with nothing else on its line ("Haben Sie
 * Fragen oder Anregungen? Schreiben Sie uns!", "Une info ? Écrivez-nous"): a box's text, not a
 * sentence that tells of readers writing in. Without the question, "Contact us" alone may head a
 * company page's section, and stays.
 */
const writeInAlone = new RegExp(`^[^.!?]{3,100}\\?\\s*(?:dann |then |alors |entonces )?${writeIn}[.!]*$`, 'iu');
const writeInAloneMax = 160;
/** What `contactLine` needs on the line too: an e-mail address or a link. */
export const contactReach = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}|https?:\/\/|www\./u;

/** Units of time, for `relativeDateLine`, in the languages of the lists above. */
const timeUnit = String.raw`(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|sekunden?|minuten|stunden?|tag(?:e|en)?|wochen?|monat(?:en)?|jahr(?:en)?|std\.?|stdn\.?|sek\.?|min\.|segundos?|minutos?|horas?|d[ií]as?|semanas?|mes(?:es)?|años?|secondes?|heures?|jours?|semaines?|mois|ans?|secondi|minuti|ore|giorni|settimane|mesi|anni|sekund|minut|godzin[ay]?|dni|tygodni|miesięcy|lat|секунд[уы]?|минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|день|недел[ьиюя]|месяц(?:а|ев)?|секунд[иу]?|хвилин[иу]?|годин[иу]?|днів|дні|тижн(?:ів|і)|місяц(?:ів|і)?)`;
const timeCount = String.raw`(?:\d{1,3}|an?|one|un[ae]?|ein(?:er|em)?)`;
const dateLabel = String.raw`(?:(?:published|posted|updated|last updated|first published|modified|veröffentlicht|aktualisiert|publicado|actualizado|publié|mis à jour|pubblicato|aggiornato|opublikowano|zaktualizowano|опубликовано|обновлено|опубліковано|оновлено)\s*:?\s*)?`;
/**
 * A dateline that says how long ago, alone on its line ("Published 7 hours ago", "vor 3
 * Stunden", "hace 2 horas", "Publié il y a 1 minute", "5 минут назад"), with a label or not.
 * "He died 3 years ago." is a sentence and does not match: nothing but the label and the time.
 */
export const relativeDateLine = new RegExp(
  String.raw`^(?:[•·]\s*)?${dateLabel}(?:${timeCount}\s*${timeUnit}\s+ago|vor\s+${timeCount}\s+${timeUnit}|hace\s+${timeCount}\s+${timeUnit}|il y a\s+${timeCount}\s+${timeUnit}|${timeCount}\s+${timeUnit}\s+fa|há\s+${timeCount}\s+${timeUnit}|${timeCount}\s+${timeUnit}\s+temu|${timeCount}\s+${timeUnit}\s+назад|${timeCount}\s+${timeUnit}\s+тому)\.?$`,
  'iu',
);

/**
 * A breadcrumb trail, told by its shape: parts joined by one separator, the first the site's
 * home ("Home » Society » Farmers of Poltava region …", "Startseite › Lokales › Wernsdorf",
 * "Головна » Новини громади", "Home / France / …"), or three parts or more joined by "»" or
 * "›", which prose does not write, or any trail under "You are here:". Slashes and bars join
 * three parts or more ("Home / Away" may be a team's kits); ">" after the home word two. Every part but the last is a menu's
 * item of at most four words; the last may be the page's headline.
 */
export function isBreadcrumb(text: string): boolean {
  const prefixed = crumbPrefix.exec(text);
  const trail = prefixed ? text.slice(prefixed[0].length) : text;
  const sep = crumbSeparator.exec(trail);
  if (!sep) return false;
  const mark = sep[1]!;
  const parts = trail.split(` ${mark} `).map((p) => p.trim());
  if (parts.length < 2 || parts.some((p) => p === '' || !/\p{L}/u.test(p))) return false;
  if (parts.slice(0, -1).some((p) => p.split(/\s+/u).length > 4 || /[.!?,;:]$/u.test(p))) return false;
  if (parts.at(-1)!.split(/\s+/u).length > 25) return false;
  const weak = mark === '/' || mark === '|' || mark === '>';
  if (prefixed) return !weak || parts.length >= 3 || crumbHome.test(parts[0]!);
  // "Inicio > Cultura": prose does not write "home" before a ">"; "Home / Away" may be a team's kits
  if (crumbHome.test(parts[0]!)) return !weak || mark === '>' || parts.length >= 3;
  return (mark === '»' || mark === '›') && parts.length >= 3;
}

const crumbPrefix = /^(?:you are here|sie sind hier|du bist hier|vous êtes ici|usted está aquí|estás aquí|sei qui|ti trovi qui|você está aqui|jesteś tutaj|znajdujesz się|вы здесь|вы находитесь|ви тут|ви знаходитесь)\s?:\s*/iu;
/** The first separator between two parts: each part is joined to the next by the same one. */
const crumbSeparator = /\S (»|›|>|→|\/|\|) \S/u;
const crumbHome = /^(?:home|homepage|home page|start|startseite|accueil|inicio|início|pagina iniziale|strona główna|главная|головна|головна сторінка)$/iu;

/** A sentence of prose: twelve words or more, ending as a sentence ends (where an article's prose begins and ends). */
export function isProseSentence(line: string): boolean {
  return /[.!?…]["'”’»)]?\s*$/u.test(line) && (line.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= 12;
}

/** No phrase of the lists is longer; longer lines are never compared (and never regex-trimmed). */
export const phraseMax = 80;

/**
 * A gallery's counter alone on its line ("1 of 6", "Image 1 of 8", "Image 1 of / 9", "1/12",
 * "Bild 3 von 12"; with the bar that parted it from its caption: "1 of 12 |"), or a review
 * widget's score in the same shape ("7/10"), or a counter glued to the caption it numbers as
 * scrapers join them ("1of4Grass Valley's Dionicio Torres looks at …"). A fraction in a
 * sentence or with its unit ("1/2 cup") is no such line.
 */
const galleryCounter = /^(?:(?:image|photo|picture|slide|bild|foto|imagen|immagine|zdjęcie|фото)\s)?\d{1,3}\s?(?:of|von|de|di|sur|z|из|з|\/)\s?\/?\s?\d{1,3}(?:\s?[|·•])?$/iu;
const gluedGalleryCounter = /^\d{1,3}of\d{1,3}\p{Lu}/u;

/** The last letters of `teaserMore`'s words: a line ending otherwise is tested no further. */
const teaserEnds = new Set([...'renjs\u0435'].map((c) => c.charCodeAt(0)));
/**
 * A teaser cut short, its link's word where the link was, after the last sentence ("… sie sei
 * überfordert. mehr", "… on Monday. more"): lower case, so "… and that was it. More" is no such
 * line.
 */
const teaserMore = /[.!?…"“”»]\s?(?:mehr|more|weiterlesen|read more|lire la suite|leer más|leia mais|czytaj dalej|подробнее|детальніше)$/u;

/**
 * A widget's count alone on its line ("258 Shares", "1.2K views", "14 Kommentare", "3
 * commentaires"), in the languages of the lists above.
 */
const counterLine = /^\d[\d.,]{0,8}\s?[km]?\s+(?:shares?|views?|comments?|likes?|reactions?|aufrufe|kommentare?|partages?|commentaires?|vues|compartidos|comentarios?|visitas|commenti|condivisioni|visualizzazioni|comentários?|visualizações|udostępnień|komentarz(?:e|y)?|wyświetleń|просмотр(?:ов|а)?|комментари(?:ев|я|й)|переглядів|коментар(?:ів|і)?|["„“”]?(?:gefällt mir|j['’]aime|me gusta|mi piace|curtir|lubię to)["“”]?)$/iu;

/**
 * A page's view counter under its label, the number after it ("Post Views: 3,876", "Zugriffe:
 * 1234", "Переглядів: 1 874"), in the languages of the lists above.
 */
const labelledCounter = /^(?:post views|page views|views|hits|reads|aufrufe|zugriffe|gelesen|vues|lectures|visitas|lecturas|visualizzazioni|letture|visualizações|leituras|wyświetleń|wyświetlenia|odsłony|просмотров|просмотры|переглядів|перегляди)\s?:\s?\d[\d.,\u00a0\u202f ]{0,10}$/iu;

/**
 * An embedded post's or player's link to its platform, alone on its line ("Watch on YouTube",
 * "View on Mastodon", "Переглянути в Telegram", "Auf Instagram ansehen"): a verb of looking or
 * listening, the platform; in the lists' languages. Tested in lower case.
 */
const platforms = '(?:instagram|youtube|x|twitter|x \\(twitter\\)|facebook|tiktok|telegram|threads|bluesky|mastodon|linkedin|spotify|vimeo|soundcloud|apple podcasts|google maps)';
/**
 * The frame a consent-minded site puts around an embedded post, as scrapers keep it: the skip
 * link and the end mark ("Skip twitter post by Calder Valley Raptor Group", "End of YouTube post,
 * 1", "Skip Instagram content"), the request to load it ("Allow X content?", "This article
 * contains content provided by X. We ask for your permission before anything is loaded, …"): a
 * platform named in each, the frame's words first.
 */
const embedPlatform = '(?:twitter|x|instagram|facebook|youtube|tiktok|bluesky|threads|linkedin|spotify|soundcloud|google maps|vimeo|tumblr|pinterest)';
const embedFrame = new RegExp(
  String.raw`^(?:(?:skip|end of) ${embedPlatform} (?:post|video|content)(?:,? \d{1,2})?(?: by \S.{0,80})?|allow ${embedPlatform} content\?|this article contains content provided by ${embedPlatform}(?: \([^()]{1,30}\))?\. we ask for your permission\b.*)$`,
  'iu',
);
/**
 * A forum topic's notices as Discourse prints them in its locales: the summary over the topic
 * map ("This topic has 6 replies with an estimated read time of 3 minutes.", "Questo argomento ha
 * 6 risposte …") and the closing ("This topic was automatically closed 14 days after the last
 * reply. New replies are no longer allowed.", "Questo argomento è stato chiuso automaticamente
 * …"): the topic named first, a count, and the replies or the closing with its days.
 */
const topicNotice = /^(?:(?:this topic has|dieses thema hat|questo argomento ha|ce sujet (?:a|contient)|este tema tiene) \d+ (?:replies|posts|antworten|beiträge|risposte|messaggi|réponses|messages|respuestas|publicaciones)\b.{0,80}|(?:this topic|dieses thema|questo argomento|ce sujet|este tema) (?:was|wurde|è stato|a été|se|fue) (?:automatically |automatisch |automatiquement |automáticamente )?(?:closed|geschlossen|chiuso|fermé|cerró|cerrado)\b[^\d]{0,40}\d.{0,200})$/iu;
/**
 * A share box's label with its colon ("Ausstellung weiterempfehlen:", "Beitrag teilen:"): one
 * word and the verb; without the colon "Experten empfehlen" may head a section.
 */
const shareLabel = /^(?:[\p{L}-]+ (?:weiterempfehlen|empfehlen|teilen|weitersagen)|(?:teile|teilt|teilen sie) (?:die|den|das|diesen|diese|dieses|unsere|unseren) [\p{L}-]+) ?:$/iu;
/**
 * A call to act as a button, an alert or a donation box words it, in German and the lists' other
 * languages: "Jetzt WLA+ testen" (after a slogan and a colon or not), "Alle Testergebnisse
 * freischalten", "Keine Show von Jonas Wiesental mehr verpassen:", "Jetzt Fan-Alert aktivieren",
 * "Unterstütze unsere Arbeit mit einer Spende", "Support our journalism". A sentence that
 * reports one ("Die Stadt will das Angebot jetzt testen.") does not start with "Jetzt".
 */
/** What `callButton` cannot match without. */
const callHint = /jetzt|freischalten|verpassen|^(?:unterst|support|souten|apoy|sosti|wesprz)/iu;
const callButton = /^(?:(?:[^.!?:]{0,50}:\s)?jetzt\s(?:\S+\s){0,3}(?:testen|freischalten|aktivieren|abonnieren|sichern|bestellen|herunterladen|anmelden|registrieren|weiterlesen|spenden|unterstützen)|(?:alle\s)?(?:\S+\s){0,2}freischalten|keine\s(?:\S+\s){0,6}mehr verpassen|(?:unterstütze|unterstützen sie|unterstützt|support|soutenez|apoya|apoye|sostieni|wesprzyj)\s(?:unsere|our|notre|nuestro|nuestra|il nostro|la nostra|nasz[aą]?)\s(?:arbeit|work|journalism|journalismus|recherche|travail|journalisme|trabajo|periodismo|lavoro|giornalismo|pracę|dziennikarstwo)(?:\s(?:mit|with|avec|con|z)\s(?:einer|a|une|una|un)\s(?:spende|donation|don|donación|donazione|darowizną))?)[!.:]?$/iu;
/** A shop's note beside a price ("zzgl. 5,95 € Versand", "inkl. MwSt.", "zzgl. Versandkosten"). */
const shopPriceNote = /^(?:zzgl\.|zuzüglich|inkl\.|inklusive) (?:[\d.,]+ ?(?:€|eur|euro) )?(?:versand(?:kosten)?|mwst\.?|ust\.?|porto)\b.{0,30}$/iu;
/** Platforms as a site names them when it asks to be followed there, capitalized. */
const followPlatform = '(?:Facebook|X|Twitter|Instagram|YouTube|Youtube|TikTok|Threads|Bluesky|LinkedIn|WhatsApp|Telegram|Mastodon|Snapchat|Pinterest|Flipboard)';
/**
 * The site's call to follow it, first on its line, in the lists' languages and Dutch: the
 * imperative, the site's name (capitalized, after an article or not) and a platform ("Volg De
 * Waalbode ook op Facebook, Instagram en WhatsApp …", "Siga o Diário Atlântico no Google Notícias
 * e receba …", "Polub Głos Brzegu na Facebooku i bądź na bieżąco!", "Follow BBC Yorkshire on
 * Facebook"). "Follow the money …" names no one.
 */
const followAnywhere = new RegExp(
  String.raw`^(?:Follow|Volg|Siga|Sigam|Segue|Sigue|Síguenos en|Suivez|Segui|Seguite|Folgen Sie|Folge|Folgt|Obserwuj|Polub)\s(?:(?:o|a|os|as|el|la|il|lo|le|les|de|het|the)\s)?\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s[\p{Lu}\p{N}][\p{L}\p{N}'’&.-]*){0,4}\s(?:(?:ook|também|auch|aussi|también|anche|też|now|jetzt)\s)?(?:on|op|no|na|em|en|su|sur|auf|bei|w)\s(?:Facebooku|Instagramie|${followPlatform}|Google (?:News|Notícias|Noticias|Notizie|Nieuws|Actualités)|Wiadomościach Google)(?![\p{L}])`,
  'u',
);
/** How `followAnywhere` and `newsletterCall` open: most lines are let go at their first letters. */
const callOpening = /^(?:fol|vol|sig|seg|suiv|obs|pol|subs|assin|inscr|abon|schr|meld|suscr|iscr|zapis|sign)/iu;
/**
 * The site's call to sign up for its newsletter, first on its line, in the lists' languages and
 * Dutch: the imperative, then the newsletter within two words ("Subscreva a newsletter Diário
 * Atlântico Manhã e receba …", "Schrijf je in voor de nieuwsbrief", "Abonnez-vous à notre
 * infolettre"). "The newsletter …" as a sentence's subject stays.
 */
const newsletterCall = /^(?:subscreva|assine|inscreva-se (?:na|no)|abonneer je op|schrijf je in voor|meld je aan voor|abonnez-vous à|inscrivez-vous à|suscríbete a|suscríbase a|iscriviti (?:alla|a)|abonnieren sie|abonniere|melden sie sich (?:für|zum)|zapisz się na|subskrybuj|subscribe to|sign up (?:for|to))\s(?:(?:a|o|à|al|la|el|de|het|onze|notre|nuestro|nuestra|nostra|alla|unseren|unseres|den|nasz|naszego|our|the)\s){0,2}(?:newsletter|nieuwsbrief|boletim|boletín|infolettre|lettre d['’]information|newslettera?)(?![\p{L}])/iu;
/**
 * The note that public reporting programmes have their partners print under a story: Britain's
 * Local Democracy Reporting Service ("The Local Democracy Reporting Service is a public service
 * news agency funded by the BBC …", "This story was written by …, Local Democracy Reporter, as
 * part of the Local Democracy Reporting Service …") and Canada's Local Journalism Initiative ("…
 * reporting is funded by the Government of Canada through the Local Journalism Initiative").
 */
const fundedReporting = /^(?:The Local Democracy Reporting Service (?:is|was)\b|[^.!?]{0,160}\b(?:as part of|through|under|for) the Local Democracy Reporting Service\b|[^.!?]{0,160}\bfunded by the Government of Canada through the Local Journalism Initiative\b|[^.!?]{0,120}\bis a Local Journalism Initiative reporter\b)/u;
/** How `embedFrame` and `topicNotice` open. */
const frameOpening = /^(?:skip|end |allow|this|dieses|questo|ce |este)/iu;
/**
 * The site's call to follow it on two or more platforms, as a sentence of its own or after "and"
 * ("Follow UKBN Yorkshire on Facebook, X and Instagram.", "Listen to … on Sounds and follow …
 * on Facebook, X and Instagram."): an imperative, a capitalized name (the site's, its desk's) or
 * "us", the platforms last. "Viewers can follow it on YouTube and X." follows no name.
 */
const followOn = new RegExp(
  String.raw`(?:^|[.!]\s|\sand\s)[Ff]ollow\s(?:us|\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s\p{Lu}[\p{L}\p{N}'’&.-]*){0,4})\s(?:on|at)\s${followPlatform}(?:(?:,\s|\sand\s|\sor\s|\s&\s)${followPlatform}){1,5}[.!]?$`,
  'u',
);
const platformLink = new RegExp(
  [
    `^(?:view|watch|see|open|read|listen|play)(?: (?:this|the|full|original))?(?: (?:post|video|tweet|thread|photo|reel|clip|episode|profile|map))? (?:on|in|at) ${platforms}$`,
    `^(?:auf|bei|in) ${platforms} (?:ansehen|anschauen|öffnen|anhören|abspielen|lesen)$`,
    `^(?:voir|regarder|ouvrir|écouter|lire)(?: (?:la|cette|le|ce) (?:publication|vidéo|post|tweet))? sur ${platforms}$`,
    `^(?:ver|mirar|abrir|escuchar|leer)(?: (?:la|esta|el|este) (?:publicación|vídeo|video|post|tuit))? en ${platforms}$`,
    `^(?:guarda|vedi|apri|ascolta|leggi)(?: (?:il|questo|la|questa) (?:post|video|pubblicazione))? su ${platforms}$`,
    `^(?:ver|assistir|abrir|ouvir|ler)(?: (?:a|esta|o|este) (?:publicação|vídeo|post))? (?:no|na|em) ${platforms}$`,
    `^(?:zobacz|obejrzyj|otwórz|posłuchaj)(?: (?:ten post|to wideo|wpis))? (?:na|w)(?: serwisie)? ${platforms}$`,
    `^(?:смотреть|посмотреть|открыть|читать|слушать)(?: (?:этот пост|это видео|публикацию))? (?:в|на) ${platforms}$`,
    `^(?:переглянути|дивитися|подивитися|відкрити|читати|слухати)(?: (?:цей допис|це відео|публікацію))? (?:в|у|на) ${platforms}$`,
  ].join('|'),
  'u',
);

/**
 * A player's notice that its video is blocked where the reader is ("Dieses Video ist aus
 * rechtlichen Gründen nur in Österreich abrufbar.", "This video is not available in your
 * country."): the player's own sentence, not one that reports a block ("The video is not
 * available in Russia, the regulator said." has a clause after the place). Tested in lower case.
 */
const geoBlocked = new RegExp(
  [
    String.raw`^(?:this|the) (?:video|content|clip|stream|livestream|media|programme|program|audio) (?:is )?(?:not available|unavailable|only available|not viewable)(?: to (?:view|watch|play))?(?: for (?:legal|rights|licensing) reasons)? (?:in your (?:country|region|location|territory)|(?:in|outside(?: of)?) (?:the )?[\p{L}-]+(?: [\p{L}-]+)?)\.?$`,
    String.raw`^(?:dieses?|der|das) (?:video|inhalt|beitrag|audio|livestream|stream|sendung)(?: ist| kann)?(?: aus (?:rechtlichen|lizenzrechtlichen) gründen)? (?:nur in (?:österreich|deutschland|der schweiz)|in (?:ihrem|deinem) land nicht|außerhalb (?:österreichs|deutschlands|der schweiz) nicht)(?: abrufbar| verfügbar| zu sehen| abgespielt werden)\.?$`,
  ].join('|'),
  'u',
);

/**
 * The labels of a share bar's buttons, each a line of its own in a scraped text ("facebook",
 * "twitter-x", "whatsapp", "mail", "copy"): furniture in a bar or a run of them, not alone (a
 * list of apps may have "Facebook" for a heading). Compared as `lineKey` leaves them.
 */
export const shareLabels: ReadonlySet<string> = new Set([
  'facebook', 'twitter', 'x', 'twitter-x', 'x (twitter)', 'whatsapp', 'telegram', 'linkedin', 'xing', 'pinterest', 'pin', 'pin it',
  'reddit', 'tumblr', 'flipboard', 'buffer', 'threads', 'bluesky', 'mastodon', 'messenger', 'viber', 'vk', 'вконтакте',
  'одноклассники', 'email', 'e-mail', 'mail', 'sms', 'print', 'copy', 'copy link', 'link', 'share', 'tweet', 'bookmark',
  'save', 'merken', 'teilen', 'drucken', 'kopieren', 'partager', 'imprimer', 'compartir', 'imprimir', 'condividi', 'stampa',
  'compartilhar', 'partilhar', 'udostępnij', 'drukuj', 'поделиться', 'поділитися',
]);

/**
 * A share bar's buttons, one label a line ("facebook", "twitter-x", "mail", "copy"): a run of two
 * or more of them (blank lines skipped: `page-furniture` blanks the lines other rules remove).
 * One alone stays. The extractor drops such paragraphs too, where no class name said "share".
 */
export function shareRuns(texts: readonly string[]): Array<string | undefined> {
  const out: Array<string | undefined> = new Array(texts.length).fill(undefined);
  let run: number[] = [];
  const end = () => {
    if (run.length >= 2) for (const i of run) out[i] = 'a share bar\'s button';
    run = [];
  };
  texts.forEach((t, i) => {
    if (t === '') return;
    if (t.length <= 30 && shareLabels.has(lineKey(t))) run.push(i);
    else end();
  });
  end();
  return out;
}

/**
 * Another story's headline in square brackets, alone on its line between paragraphs ("[Oklahoma
 * isn’t the only state taking big steps to limit abortions]", as The Washington Post links its
 * related stories): five to 25 words, no sentence end before the bracket, not an editor's note
 * or an update ("[Editor’s note: …]", "[This story has been updated.]" end as sentences or name
 * themselves). A shorter bracket ("[Applause]", "[Engadget]", a citation) stays.
 */
const bracketedHeadline = /^\[(?!\s*(?:[Ee]ditor|EDITOR|[Uu]pdate|UPDATE|[Cc]orrection|CORRECTION|[Cc]larification|[Nn]ote|NOTE))\s*[\p{Lu}‘'“"][^\[\]\n]{20,200}[^.!?…\s\[\]]\s*\]$/u;

/**
 * A caption that names the picture it stands under, first on the line: an artist's view ("An
 * artist's concept of a lunar lander …", "Artist's impression of the plumes."), a stock or file
 * picture ("A stock image of a woman …", "FILE PHOTO: Traders work …", "A file photograph
 * shows …"), or "this" picture ("This satellite image from NASA shows …", "This illustration
 * shows a concept …"), with an indefinite article or none. At most `namedCaptionMaxWords`
 * words; "A photograph of his injuries shocked the country." names no picture of the page, and
 * "The artist's concept was rejected …" speaks of one: both stay.
 */
const namedCaption = /^(?:(?:an? )?artist['’]s (?:illustration|concept|impression|rendering|depiction|rendition)\b|(?:an? )?(?:stock|file|handout|undated|archive|archival|illustrative) (?:image|photo|photograph|picture)\b|this (?:[\p{L}.-]+ ){0,3}(?:image|photo|photograph|picture|illustration|rendering|screenshot|map|graphic)s? (?:of|from|shows|showing|taken|released|provided)\b)/iu;
const namedCaptionMaxWords = 45;

/**
 * What a caption says of its picture's layout, in parentheses ("The minister, 54, (pictured)
 * arrives in Brussels", "Jane Doe (left) and John Roe at the gala"): on a line without a
 * sentence's end it is a caption; a sentence of the article that says "(pictured)" ends as one.
 */
/**
 * German captions' short marks of place, in parentheses, right after a name ("Max Darj (l.)
 * sichert den Ball", "Kerstin Wahala, Judy Lybke und Elke Hannemann (v.l.).", "Christian
 * Lindner (FDP, M), …"): only captions write them, so a line that carries one is a caption
 * whether or not it ends as a sentence. Case-sensitive ("(R)" is a party or a trademark), and
 * after a capitalized word: "1 litre (l) of water" and "the correlation (r)" are no captions.
 */
const placedCaptionShort = /\p{Lu}[\p{L}'’.-]*\s?\((?:[^()]{1,30},\s?)?(?:l\.?|r\.?|M\.?|v\.\s?[lr]\.|\d\.\s?v\.\s?[lr]\.|Mitte)\)/u;
/** A caption placed so is at most this many words. */
const placedCaptionMaxWords = 40;
const placedCaption = /\((?:pictured|pictured (?:left|right|above|below|centre|center|top|bottom)|left|right|centre|center|above|below|inset|top|bottom|(?:top|bottom) (?:left|right)|l-r|from left|im bild|links|rechts|oben|unten|à gauche|à droite|a la izquierda|a la derecha|izq\.|der\.|a sinistra|a destra|à esquerda|à direita|z lewej|z prawej|слева|справа|зліва|справа)\)/iu;

/**
 * A related story's label before its headline ("Related Story City pools to open early",
 * "More from the Gazette: Council approves budget"): the label, then a capital, case and all
 * ("Related stories are rare." and "More from the past: …" stay).
 */
const relatedLabel = /^(?:(?:RELATED|[Rr]elated) (?:[Ss]tory|STORY|[Aa]rticle|ARTICLE|[Pp]ost|[Cc]overage|[Vv]ideo|VIDEO|[Cc]ontent|[Ll]ink)\s*[:›»>|–—-]?\s+|(?:MORE FROM|More [Ff]rom) (?:[Tt]he )?\p{Lu}[^:.!?]{0,40}:\s+)["“‘'«]?\p{Lu}/u;
/**
 * The same in the lists' other languages, the label run into the headline ("Lesen Sie auch
 * Parkgebühren steigen ab Juli deutlich", "Lire aussi Le budget adopté"): the label, a capital,
 * and no full stop at the end, since German capitalizes nouns ("Lesen Sie auch Kommentare
 * unserer Leser dazu." is a sentence; "Lesen Sie auch die Stellungnahme …" has no capital).
 */
const relatedLabelOther = /^(?:[Ll]esen [Ss]ie auch|LESEN SIE AUCH|[Aa]uch interessant|[Mm]ehr zum [Tt]hema|[Ll]ire aussi|[Àà] lire aussi|[Ll]ee también|[Ll]ea también|[Ll]eggi anche|[Ll]eia também|[Cc]zytaj (?:też|także)|[Zz]obacz (?:też|także)|[Чч]итайте (?:также|також))\s+["„“‘'«]?\p{Lu}[^\n]{0,160}[^.\s]$/u;

/** A count in parentheses after a label. */
const countSuffix = /\s*\(\d{1,6}\)\s*$/u;

/**
 * A share bar's labels on one line without separators ("twitter linkedin facebook instagram",
 * "share cancel email link bookmark"): three words or more, each a share label or a bar's own
 * word.
 */
function shareWordBar(text: string): boolean {
  // Most lines are not: their first word tells, before the line is split.
  const space = text.indexOf(' ');
  if (space < 0) return false;
  const first = text.slice(0, space).toLowerCase();
  if (!shareLabels.has(first) && !barWords.has(first)) return false;
  const words = text.toLowerCase().split(/\s+/u);
  return words.length >= 3 && words.every((w) => shareLabels.has(w) || barWords.has(w));
}
const barWords: ReadonlySet<string> = new Set(['cancel', 'instagram', 'youtube', 'tiktok', 'whatsapp', 'saved', 'comments', 'comment', 'more']);

/**
 * A name from a page's style or layout leaked into its text, alone on its line
 * ("wide-browser-and-larger", "medium-browser-and-landscape-tablet", "above-phone"): lowercase
 * words joined by hyphens, three or more of them, or two with a layout word.
 */
const layoutName = /^(?:[a-z]+-){2,}[a-z]+$|^(?:[a-z]+-)+(?:phone|tablet|desktop|mobile|browser|wrapper|container|sidebar|widget)$|^(?:phone|tablet|desktop|mobile|browser)(?:-[a-z]+)+$/u;

/** Separators of a bar of widgets on one line ("Advertisement · Scroll to continue", "Print | Email"). */
const widgetSeparator = /\s[·|•]\s/u;

/**
 * A line compared with the phrase lists: lowercased, framing punctuation and arrows removed, a
 * typographic apostrophe read as the lists write it ("Editor’s picks", as WordPress and most
 * sites print "Editor's picks").
 */
export const lineKey = (s: string): string =>
  s.length > phraseMax ? s.toLowerCase() : straightApostrophes(s.toLowerCase()).replace(/[\s:.!|›»>→-]+$/u, '').replace(/^[\s|›»<←-]+/u, '');

/**
 * What makes a line page furniture by these lists alone, whatever stands around it (undefined:
 * nothing): a listed line ("Lesen Sie auch", "Artikel teilen"), alone, with its count, said
 * twice or in a bar of them; a line that starts like furniture (a picture credit, a consent
 * placeholder, a teaser prefix, a button's, a form's or a paywall's text, a machine-translation
 * notice); a caption that places its picture or ends in its credit; a related story's headline
 * under its label or in brackets; the editors' "write to us" with its address; a dateline that
 * says how long ago ("Published 7 hours ago"). The extractor
 * drops such paragraphs (assemble.ts); the `page-furniture` rule, such lines of a plain text.
 */
export function listedFurniture(text: string): string | undefined {
  if (text.length <= boilerplatePrefixMax && text.includes('(') && placedCaption.test(text) && !sentenceEnd.test(text)) return 'a caption: it places what the picture shows';
  if (text.length <= boilerplatePrefixMax && text.includes('(') && placedCaptionShort.test(text) && (text.match(/\S+/gu)?.length ?? 0) <= placedCaptionMaxWords) return 'a caption: it places what the picture shows';
  if (text.length <= 400 && namedCaption.test(text) && (text.match(/\S+/gu)?.length ?? 0) <= namedCaptionMaxWords) return 'a caption: it names the picture it stands under';
  if (text.length <= boilerplatePrefixMax && (relatedLabel.test(text) || relatedLabelOther.test(text))) return 'a related story\'s headline under its label';
  if (text.length <= 60 && boilerplateLines.has(lineKey(text))) return 'a line of page furniture';
  // Listed lines one after the other, each a sentence ("Your email address will not be published. Required fields are marked *").
  if (text.length <= 160 && listedSentences(text)) return 'a line of page furniture';
  // A listed label with its count ("View all (23)", "Kommentare (4)").
  if (text.length <= 60 && text.endsWith(')') && countSuffix.test(text) && boilerplateLines.has(lineKey(text.replace(countSuffix, '')))) return 'a line of page furniture';
  if (text.length <= 80 && shareWordBar(text)) return 'a bar of share buttons';
  if (text.length <= 60 && layoutName.test(text)) return 'a layout\'s name, not text';
  // A button's label said twice, for screen readers and on screen ("Link kopieren Link kopieren").
  const half = text.length <= 121 ? doubledHalf(text) : undefined;
  if (half !== undefined && boilerplateLines.has(lineKey(half))) return 'a line of page furniture, said twice';
  // A bar of listed widgets: every part between its separators is furniture.
  if (text.length <= 120 && widgetSeparator.test(text) && metaBar(text.split(widgetSeparator).map((part) => part.trim()))) return 'a bar of page furniture';
  if (text.length <= 160 && widgetSeparator.test(text) && playerBar(text)) return 'a podcast player\'s bar: its links and the apps to subscribe in';
  if (text.length <= 40 && (counterLine.test(text) || labelledCounter.test(text))) return 'a widget\'s count';
  if (text.length <= 50 && platformLink.test(text.toLowerCase())) return 'an embedded post\'s or player\'s link to its platform';
  // each tested on the lines that open as it does, or hold its verb
  if (text.length <= 400 && frameOpening.test(text) && embedFrame.test(text)) return 'an embedded post\'s frame: its skip link, its end, its request to load';
  if (text.length <= 400 && text.includes(' Local ') && fundedReporting.test(text)) return 'a funded reporting programme\'s note (Local Democracy Reporting Service, Local Journalism Initiative)';
  if (text.length <= 250 && frameOpening.test(text) && topicNotice.test(text)) return 'a forum topic\'s notice: its summary or its closing';
  if (text.length <= 60 && (shareLabel.test(text) || shopPriceNote.test(text))) return 'a widget\'s label: a share box\'s or a shop\'s price note';
  if (text.length <= 120 && callHint.test(text) && callButton.test(text)) return 'a call to act: a button\'s, an alert\'s or a donation box\'s text';
  if (text.length <= 160 && geoBlocked.test(text.toLowerCase())) return 'a player\'s notice that its video is blocked here';
  if ((text.length <= 30 && galleryCounter.test(text)) || gluedGalleryCounter.test(text)) return 'a gallery\'s counter';
  if (text.length <= boilerplatePrefixMax + 100 && teaserEnds.has(text.charCodeAt(text.length - 1)) && teaserMore.test(text.slice(-20))) return 'a teaser cut short, its link\'s word left';
  if (bracketedHeadline.test(text)) {
    const words = text.split(/\s+/u).length;
    if (words >= 5 && words <= 25) return 'another story\'s headline in brackets';
  }
  if (text.length <= republicationMax && republication.test(text)) return 'a republication notice';
  if (text.length <= commentPolicyMax && commentPolicy.test(text)) return 'the comment section\'s rules or state';
  // a pitch to subscribe for the site's or journalism's sake runs longer than the other calls
  // (`isCallToAction` below tests the shorter lines)
  if (text.length > boilerplatePrefixMax && text.length <= supportPitchMax && subscribeStem.test(text) && supportPitch(text)) return 'the site\'s call to sign up or follow (its newsletter, app or channel)';
  if (isConsentWidget(text)) return 'a consent manager\'s text: an embed\'s placeholder, a cookie banner, a privacy note';
  if (text.length > boilerplatePrefixMax) return undefined;
  if (innerTrigger.test(text) && innerFurniture.test(text)) return 'page furniture: a player\'s, a link button\'s or a script\'s message, an affiliate note, an offer to remove ads, a video\'s teaser';
  // A credit under its label set in parentheses as a whole ("(Quelle: APA/sda/dpa)", "(Photo: Reuters)");
  // not a wire service's copyright alone ("(©NTB)", which fundus-news's truth keeps).
  if (text.startsWith('(') && text.endsWith(')') && text.includes(':') && boilerplatePrefix.test(text.slice(1, -1).trim())) return 'begins as page furniture, in parentheses';
  if (boilerplatePrefix.test(text)) return 'begins as page furniture (a credit, a caption\'s label, a teaser, a consent placeholder, a button\'s, a form\'s, a player\'s or a paywall\'s text, a site\'s terms, a translation notice)';
  if (endsInPictureCredit(text)) return 'a caption ending in its picture credit';
  if (contactLine.test(text) && contactReach.test(text)) return 'the editors\' invitation to write in';
  if (text.length <= writeInAloneMax && writeInAlone.test(text)) return 'the editors\' invitation to write in';
  if (isCallToAction(text)) return 'the site\'s call to sign up or follow (its newsletter, app or channel)';
  if (isBreadcrumb(text)) return 'a breadcrumb trail: where the page sits in the site\'s menu';
  if (text.length <= 240 && siteTeaser.test(text)) return 'another story\'s headline under the site\'s address';
  if (text.length <= 60 && relativeDateLine.test(text)) return 'a dateline';
  // Its publication and its update, each said so ("Publié il y a 2 heures, Mis à jour il y a 8 minutes").
  if (text.length <= 120 && datelineOfParts(text)) return 'a dateline';
  if (text.length <= 100 && pointerEnd.test(text) && (text.match(/\S+/gu)?.length ?? 0) <= pointerMaxWords) return 'a pointer to a link that is not there';
  if (text.length <= 160 && playerPointer.test(text)) return 'a pointer to a player that is not there';
  if (text.length <= 120 && postDateline.test(text)) return 'a dateline';
  if (text.length <= 80 && liveEntryHeader.test(text)) return 'a live blog entry\'s time and author';
  if (text.length <= 60 && readingTime.test(text)) return 'a reading time';
  if (text.length <= 100 && emailLine.test(text)) return 'an e-mail address alone';
  if (paywallRemainder.test(text)) return 'a paywall\'s count of what is left to read';
  if (text.length <= 120 && appBanner.test(text) && appVerb.test(text) && appNow.test(text) && !/\.["”’»)]?$/u.test(text) && !reported.test(text)) return 'an app\'s banner: the site\'s app to download';
  if (text.length <= 240 && subscriptionOffer(text)) return 'a subscription offer: a trial\'s price and period';
  if (text.length <= 200 && errorReport.test(text) && mistakeWord.test(text)) return 'an error-report widget: select a mistake and press Ctrl+Enter';
  if (text.length <= 200 && pollOptions.test(text)) return 'a poll: a question and its answers to click';
  if (text.length <= 60 && updatedAt.test(text)) return 'a dateline';
  if (text.length <= 50 && text.includes('(') && agencyDateline.test(text)) return 'a dateline: the place and the agency alone';
  if (commentWord.test(text) && commentInvitation.test(text)) return 'an invitation to the comments';
  if (text.length <= 120 && shareVia.test(text)) return 'a share button or its bar, said as a sentence';
  if (text.length <= 60 && labelledCount.test(text)) return 'a widget\'s count under its label';
  if (text.length <= 120 && updatedSentence.test(text)) return 'a dateline';
  if (text.length <= 60 && priceButton.test(text)) return 'a shop button: a price and where to buy';
  if (text.length <= 60 && currencyNote.test(text)) return 'a currency note';
  if (text.length <= 160 && answerWord.test(text) && answerInvitation.test(text)) return 'a Q&A page\'s invitation to answer the question';
  if (text.length <= 160 && text.includes('?') && askInvitation.test(text)) return 'a Q&A page\'s invitation to ask a question';
  const product = text.length <= 60 ? labelWithProduct.exec(text) : null;
  if (product && isWidget(lineKey(product[1]!))) return 'a widget\'s button naming the site\'s product';
  return undefined;
}

/**
 * A Q&A page's invitation to answer, after a question to the reader or not: "Kennst du dich mit
 * dem Thema aus? Hilf Beetanfänger_Jonas mit deiner Antwort weiter.", "Help Jonas by answering
 * this question" (a user's name, one word).
 */
const answerWord = /hilf |help |aide |ayuda a /iu;
/** A Q&A page's invitation to ask ("Du hast noch eine Frage? Stell sie einfach – kostenlos und anonym.", "Got a question? Ask it now"). */
const askInvitation = /^(?:du hast|hast du|sie haben|haben sie|got|have|do you have|you have|tu as|vous avez|¿?tienes|¿?tiene)(?: noch| also| still)? (?:(?:eine|a|une|una)(?: andere| eigene| other| own| autre| otra)?|another) (?:frage|question|pregunta)\?\s(?:dann )?(?:stell(?:e)? (?:sie|deine frage)|stellen sie (?:sie|ihre frage)|ask (?:it|us|here|now|the community|your question)|posez-la|pose-la|hazla|haz tu pregunta)\b[^.!?]{0,80}[.!]?$/iu;
const answerInvitation = /^(?:[^.!?]{3,80}\?\s)?(?:hilf \S{2,40} mit (?:deiner|einer)(?: \p{L}+)? antwort(?: weiter)?|help \S{2,40} (?:by answering|with an answer)(?: (?:this|the|their) question)?|aide \S{2,40} en répondant(?: à (?:sa|cette) question)?|ayuda a \S{2,40} (?:respondiendo|con tu respuesta))[.!]?$/iu;

/**
 * A widget's label (a listed line) with the product it sells: "Weiterlesen mit Plus", "Read more
 * with Premium", "Lire la suite avec Premium": the label, "with", and one to three capitalized
 * words.
 */
const labelWithProduct = /^(.{3,30}?) (?:mit|with|avec|con|com|z) (\p{Lu}[\p{L}\p{N}+.&-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}+.&-]*){0,2})$/u;

/** A price offered "for (only)" so much, in the lists' languages: "für nur 0,99 Euro", "for only $1", "pour 1 €". */
const offerPrice = /(?<!\p{L})(?:für|for|pour|por|per|za|за)\s(?:nur\s|only\s|just\s|seulement\s|solo\s|sólo\s|solamente\s|soli\s|apenas\s|tylko\s|всего\s|лише\s)?(?:[€$£]\s?\d+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?\s?(?:€|euro|eur|\$|£|chf|zł|pln|руб|грн))/iu;
/** A trial's period. */
const offerPeriod = /(?<!\p{L})(?:tage|tagen|days|jours|días|giorni|dni|дней|днів|woche|wochen|monat|monate|monats|week|weeks|month|months|semaine|semaines|mois|semana|semanas|mes|meses|settimana|settimane|mese|mesi|tydzień|tygodnie|miesiąc|недел|месяц|тижн|місяц)/iu;
/** What is offered: reading on, a subscription. */
const offerCue = /(?<!\p{L})(?:testen|weiterlesen|lesen|abo|abonnement|abonnieren|kündbar|digital|read|reading|subscribe|subscription|lire|abonnez|abonnement|leer|suscr|suscripción|leggere|abbonati|abbonamento|ler|assine|assinatura|czytaj|subskrypcj|подпис|читать|передплат)/iu;

/**
 * A paywall's offer: a price "for (only)" so much, a period and what it buys, on one line
 * ("Jetzt 4 Wochen für nur 0,99 Euro testen, danach monatlich kündbar.", "Lesen Sie jetzt
 * weiter mit WR+ – alle Artikel 4 Wochen für nur 0,99 €"). A sentence about a ticket's price
 * ("Das Ticket kostet 49 Euro im Monat und ist monatlich kündbar.") offers it for no price, and
 * one that reports an offer says who made it ("Readers can subscribe for $4 a month, the company
 * said.").
 */
function subscriptionOffer(text: string): boolean {
  return offerPeriod.test(text) && (offerPrice.test(text) || pricePerPeriod.test(text)) && offerCue.test(text) && !reported.test(text);
}

/**
 * A trial's price for its first period: "1 € le premier mois", "0,99 € im ersten Monat", "$1 for
 * the first month" (a price for each month, "49 Euro im Monat", is a ticket's as often).
 */
const pricePerPeriod = /(?:[€$£]\s?\d+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?\s?(?:€|euro|eur|\$|£|chf|zł))\s(?:(?:le|im|the|el|il|au|for the|w)\s)?(?:premier|ersten|first|primer|primo|pierwszym)\s(?:mois|monat|month|mes|mese|miesiącu|woche|week|semaine|semana|settimana)(?!\p{L})/iu;

/**
 * A site's app banner: its app named, a verb to get it and "now" or "free", on a short line that
 * does not end as a sentence does ("Tagesbote24-App: Schneller informiert – jetzt kostenlos laden", "Die
 * tirolblick-App: Nachrichten aus deinem Bezirk – jetzt gratis holen!", "Get the Courier app");
 * "Users can download the app for free." is a sentence, and a headline ("Apple to let users
 * download apps from other stores") offers nothing now or free.
 */
const appNow = /(?<!\p{L})(?:jetzt|now|kostenlos|gratis|free|gratuite?|gratuit[ao]|darmow[aey]|бесплатно|безкоштовно)(?!\p{L})/iu;
const appBanner = /(?<!\p{L})(?:app|apps)(?!\p{L})|-app(?!\p{L})|(?<!\p{L})(?:application|aplicación|aplicativo|applicazione|aplikacj[aęi]|приложени[еяю]|застосун(?:ок|ку))(?!\p{L})/iu;
const appVerb = /(?<!\p{L})(?:download|install|get|laden|herunterladen|holen|installieren|télécharge[rz]?|installe[rz]?|descarga|descargue|descargar|instala|scarica|baixe|pobierz|скачай(?:те)?|скачать|завантаж(?:уйте|ити))(?!\p{L})/iu;

/**
 * Another story's headline under the site's address, as a teaser box reads in text ("Also on
 * rt.com Journalists & politicians … threatened with sedition arrests", "On HoustonChronicle.com:
 * Car sales plunge nearly 17 percent in August"): "Also on" and the address, or "On" and the
 * address with a colon. "On Amazon.com, prices rose" goes on as a sentence.
 */
const siteTeaser = new RegExp(String.raw`^(?:also on (?:www\.)?${siteDomain}\s?:?|on (?:www\.)?${siteDomain}\s?:)\s\p{Lu}`, 'iu');

/**
 * A pitch for the site's podcast: the podcast, an app to hear it in, and a call to listen or the
 * site's own voice ("Luister ook naar 'Tussen de Dijken', de podcast van Het Rivierenblad, via
 * Spotify of Apple Podcasts.", "🎙 Notre podcast « Garrigues & Cie » : … À écouter sur toutes les
 * plateformes",
 * "Posłuchaj podcastu „Odrzańskie rozmowy” na Spotify"). "The podcast, on Spotify since May,
 * has two million listeners." calls no one.
 */
const podcastWord = /podcast|подкаст/iu;
const podcastApp = /(?<!\p{L})(?:spotify|apple podcasts|itunes|deezer|google podcasts|amazon music|audible|youtube|soundcloud|podimo|castbox|wherever you (?:get|listen to) (?:your )?podcasts|(?:all|every) (?:major |podcast )?platforms|allen (?:gängigen |bekannten )?(?:podcast-)?plattformen|toutes les plateformes|todas las plataformas|tutte le piattaforme|todas as plataformas|wszystkich platformach|alle (?:podcast)?platforms)(?!\p{L})/iu;
const listenCall = /^(?:\P{L}{0,4})(?:listen|hören sie|hör|hört|jetzt (?:anhören|reinhören)|écoutez|écoute|escucha|escuche|ascolta|ouça|posłuchaj|posłuchajcie|luister|слушайте|послушайте|слухайте|послухайте)(?!\p{L})|(?<!\p{L})(?:à écouter|zum anhören|jetzt anhören|to listen)(?!\p{L})/iu;
const ownPodcast = /(?<!\p{L})(?:our|unser(?:em|en)?|notre|nuestro|il nostro|nosso|nasz(?:ego|ym)?|onze|наш(?:ем|его)?)\s(?:[\p{L}-]+\s)?(?:podcast|podcastu|подкаст)/iu;

/** A line in the site's own voice: it reports no one (`reported`) and opens with no quotation mark. */
function inOwnVoice(text: string): boolean {
  return !reported.test(text) && !/^["“„«»']/u.test(text);
}

/** A reporting verb or "according to": a sentence that tells of an offer, not the offer. */
export const reported = /(?<!\p{L})(?:said|says|told|announced|according|sagte|sagt|teilte|erklärte|kündigte|laut|a dit|a déclaré|selon|dijo|afirmó|según|ha detto|secondo|disse|segundo|powiedział|według|сказал|заявил|по словам|сказав|заявив)(?!\p{L})/iu;

/**
 * A site's error-report widget: the keys it names and a word for the mistake, in the lists'
 * languages ("Помітили помилку? Виділіть її та натисніть Ctrl+Enter", "Found a typo? Select it
 * and press Ctrl+Enter"); a sentence about a program's shortcut names no mistake.
 */
const errorReport = /(?<!\p{L})ctrl\s?\+\s?enter(?!\p{L})/iu;
const mistakeWord = /mistake|error|typo|fehler|erreur|faute|errore|erro|błąd|ошибк|опечатк|помилк/iu;
/**
 * A poll or a feedback widget on one line: a question, then two to seven short answers between
 * slashes, no sentence end ("Cet article vous a-t-il été utile ? Oui / Non", "Sondage - … ? Oui,
 * toujours / De temps en temps / Jamais / Voir les résultats").
 */
const pollOptions = /\?\s+[^/?.!]{1,30}(?:\s\/\s[^/?.!]{1,30}){1,6}$/u;

/** Whether a line holds two or more sentences and each one is a listed line. */
function listedSentences(text: string): boolean {
  // Each part is a listed line of at most 60 characters: the first sentence ends within them.
  if (!/[.!?…]\s/u.test(text.slice(0, 62))) return false;
  const parts = text.split(/(?<=[.!?…])\s+/u);
  return parts.length >= 2 && parts.every((part) => part.length <= 60 && boilerplateLines.has(lineKey(part)));
}

/** A post's tags or categories as one part of a bar: two to eight capitalized items of one or two words ("Kochen, Ernährung, Reis"). */
const tagsPart = /^\p{Lu}[\p{L}\p{N}-]*(?: [\p{L}\p{N}-]+)?(?:, \p{Lu}[\p{L}\p{N}-]*(?: [\p{L}\p{N}-]+)?){1,7}$/u;
/** A date alone as one part of a bar ("14.05.2024", "2024-05-14"). */
const datePart = /^(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})$/u;

/**
 * Whether the parts of a bar are all furniture: listed widgets, or a post's meta bar that holds
 * one at least, or its date, with its counts and tags ("Kochen, Ernährung, Reis · vor 2 Jahren ·
 * Melden"); a list of names or places between bullets is none of these.
 */
/**
 * A podcast player's bar as WordPress's podcast plugins print it under the player, after a label
 * or not: "Podcast: Play in new window | Download (Duration: 58:41 — 54.1MB)", "Subscribe: Apple
 * Podcasts | Spotify | RSS": every part a player's link or an app to subscribe in.
 */
function playerBar(text: string): boolean {
  const bar = text.replace(/^\p{L}+(?: \p{L}+)?\s?:\s/u, '');
  return bar.split(widgetSeparator).every((part) => podcastLinks.has(lineKey(part.replace(/\s*\((?:duration|dauer|durée|duración)\s?:[^()]{1,40}\)$/iu, ''))));
}

/** A podcast player's links and the apps to subscribe in. */
const podcastLinks: ReadonlySet<string> = new Set([
  'play in new window', 'download', 'embed', 'play', 'subscribe', 'rss', 'email', 'android', 'apple podcasts', 'itunes', 'spotify',
  'google podcasts', 'amazon music', 'youtube music', 'overcast', 'pocket casts', 'castbox', 'castro', 'stitcher', 'tunein', 'iheartradio',
  'podcast addict', 'player fm', 'podchaser', 'deezer', 'audible', 'rss feed', 'in neuem fenster abspielen', 'herunterladen',
]);

function metaBar(parts: readonly string[]): boolean {
  let anchor = false;
  let tags = 0;
  for (const part of parts) {
    if (isWidget(lineKey(part)) || (part.endsWith(')') && countSuffix.test(part) && isWidget(lineKey(part.replace(countSuffix, ''))))) anchor = true;
    else if (part.length <= 60 && (relativeDateLine.test(part) || datePart.test(part))) anchor = true;
    else if (part.length <= 40 && counterLine.test(part)) continue;
    else if (part.length <= 80 && tagsPart.test(part) && ++tags === 1) continue;
    else return false;
  }
  return anchor;
}

/**
 * The site asking its reader to sign up or follow, in its own voice: an imperative (after a
 * short lead-in such as "Don't miss a story:" or not), "our"/"us", and one of the site's ways to
 * reach the reader, in any order, per language ("Stay up to date with all the latest news by
 * signing up to our newsletter", "Get our free mobile app", "Join us on WhatsApp", "Abonnieren
 * Sie unseren Newsletter", "Téléchargez notre application"). Not in quotation marks (a company
 * quoted: "'Download our app,' the CEO urged"), not "your" alone ("Sign up … with the same email
 * as your Hulu account" is advice), and not a podcast or a channel of videos, which a podcast's
 * or a channel's own page describes ("Join us on this episode of our podcast …").
 */
const callsToAction: ReadonlyArray<[verbs: string, ours: string, ways: string]> = [
  [
    "sign(?:ing)? up|signup|subscrib(?:e|ing)|follow|join|participate|take part|download|get|register|enter|stay|never miss|don['’]t miss|do not miss|want|check out|find us|add us",
    'our|us',
    'newsletters?|app|apps|alerts?|e-?mails?|inbox|whatsapp|telegram|google news|feeds?|rss|forums?|community',
  ],
  ['abonnieren|abonniere|folgen|folge|laden|lade|holen|hole|melden|melde|registrieren|registriere|verpassen|bleiben|bleib|erhalten', 'unser\\p{L}*|uns', 'newsletter|app|whatsapp|telegram|google news|push-mitteilungen|push-nachrichten|e-mail|kanal|feed'],
  ['abonnez|abonne|suivez|suis|téléchargez|télécharge|inscrivez|inscris|rejoignez|rejoins|recevez|reçois|ne manquez', 'notre|nos|nous', 'newsletter|lettre d[\'’]information|application|appli|whatsapp|telegram|google news|alertes?|canal|fil'],
  ['suscríbete|suscríbase|síguenos|siga|descarga|descargue|únete|únase|recibe|reciba|no te pierdas|apúntate', 'nuestr[oa]s?|nos', 'boletín|newsletter|aplicación|app|whatsapp|telegram|google news|alertas?|canal'],
  ['iscriviti|seguici|segui|scarica|unisciti|ricevi|non perdere', 'nostr[oaei]|ci', 'newsletter|app|applicazione|whatsapp|telegram|google news|canale'],
  ['assine|inscreva-se|siga|baixe|descarregue|junte-se|receba|não perca', 'noss[oa]s?|nos', 'newsletter|aplicativo|aplicação|app|whatsapp|telegram|google news|canal'],
  ['zapisz się|subskrybuj|obserwuj|pobierz|dołącz|otrzymuj|nie przegap', 'nasz\\p{L}*|nas', 'newsletter|aplikacj\\p{L}*|whatsapp|telegram|google news|kanał\\p{L}*'],
  ['подпишитесь|подписывайтесь|следите|скачайте|присоединяйтесь|получайте|не пропустите', 'наш\\p{L}*|нас', 'рассылк\\p{L}*|приложени\\p{L}*|whatsapp|telegram|телеграм\\p{L}*|канал\\p{L}*|google news'],
  ['підпишіться|підписуйтесь|стежте|слідкуйте|завантажте|приєднуйтесь|отримуйте|не пропустіть', 'наш\\p{L}*|нас', 'розсилк\\p{L}*|застосунк\\p{L}*|додатк\\p{L}*|whatsapp|telegram|телеграм\\p{L}*|канал\\p{L}*|google news'],
  // The reader's inbox instead of "our": the news delivered to it ("Get the latest updates right
  // in your inbox.", "Get breaking news alerts … delivered weekday mornings.", "Let our news meet
  // your inbox.", "Holen Sie sich die wichtigsten Nachrichten direkt in Ihr Postfach").
  [
    'sign(?:ing)? up|subscrib(?:e|ing)|get|receive|let|have',
    'your (?:inbox|mailbox|letterbox)|delivered(?:\\s[\\p{L}\\p{N}]+){0,4}\\s(?:every|each|daily|weekday|weekly|to you)',
    'news|updates|stories|headlines|newsletters?|alerts?|reports|edition|issues|digest|briefing|content|articles|posts|essays|letters|columns|recipes|picks|deals',
  ],
  ['abonnieren|abonniere|erhalten|erhalte|holen|hole|bekommen|bekomme|lassen', '(?:ihr|ihrem|dein|deinem|euer|eurem) (?:e-?mail-)?postfach', 'news|nachrichten|newsletter|updates|neuigkeiten|überblick|briefing'],
];

/**
 * The site asking its readers or listeners for money on a membership platform: "support us" and
 * the platform, after a sentence or a clause or not ("Support us on Patreon", "Feldnotizen ist
 * unabhängig und werbefrei. Wenn dir der Podcast gefällt, unterstütze uns mit einem kleinen
 * monatlichen Beitrag auf Steady"); "Support for the plan grew …" asks for nothing.
 */
/** The membership platforms a site asks its readers to pay it on. */
const supportPlatforms = 'patreon|steady|ko-fi|paypal|buy me a coffee|tipeee|liberapay';
const supportPlatform = new RegExp(supportPlatforms, 'iu');
const supportCall = new RegExp(String.raw`^(?:[^"“”„«»]{0,160}?(?:[.?:!—–,]\s+))?(?:support|unterstütze|unterstützt|unterstützen sie|soutenez|soutiens|apoya|apóyanos|sostieni|apoie|wspieraj|wesprzyj|поддержите|підтримайте)[\s-](?:us|uns|nous|nos|ci|nas|нас)(?![\p{L}\p{N}])[^"“”„«»]{0,160}(?<![\p{L}\p{N}])(?:${supportPlatforms})(?![\p{L}\p{N}])`, 'iu');
const ctaPatterns = callsToAction.map(([verbs, ours, ways]) => {
  const word = (alt: string) => `(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`;
  return new RegExp(String.raw`^(?:[^"“”„«»'‘’]{0,40}[?:!—–]\s*)?${word(verbs)}(?=[^"“”„«»]{0,160}${word(ours)})(?=[^"“”„«»]{0,200}${word(ways)})`, 'iu');
});
/** Any language's imperative of `callsToAction` where one begins: a line without one is not read further (most lines fail here at once). */
const ctaStart = new RegExp(String.raw`^(?:[^"“”„«»'‘’]{0,40}[?:!—–]\s*)?(?:${callsToAction.map(([verbs]) => verbs).join('|')})(?![\p{L}\p{N}])`, 'iu');
/** Words a call to action may have at most. */
const ctaMaxWords = 35;

/**
 * A sign-up box's heading, whatever it names: "Subscribe to The Slow Table", "Sign up for
 * Nature Briefing", "Subscribe to CNBC PRO" (a short line: no sentence, clause or question).
 */
const subscribeHeading = /^(?:subscribe|sign up) (?:to|for) [^.!?,;:"“”]{1,40}$/iu;

/**
 * The same call naming the site instead of "our" ("Follow the Indus Morning Post WhatsApp
 * channel for news updates.", "Join the Portal Cerrado channel on WhatsApp and receive the main
 * news of Goiás on your cell phone", "Follow Agreste Hoje on Instagram and stay informed …", as
 * auto-blogs translate them; "Download the free WRBK 10 News app for breaking news alerts"): the
 * imperative first (after a short question or not: "Want the latest traffic alerts? Download the
 * WKRV 13 app."), a platform, a channel or an app, and the news it promises, anywhere in the line.
 * "Follow these steps on WhatsApp to hide your number." promises none.
 */
const namedCallToAction = /^(?:[^"“”„«»'‘’.!?]{0,60}\?\s+|scan the qr code (?:to|and) )?(?:follow|join|receive|get|subscribe to|sign up (?:for|to)|download)\s[^.!?"“”]{0,80}?(?<![\p{L}\p{N}])(?:whatsapp|telegram|instagram|facebook|google news|youtube|tiktok|twitter|threads|wechat|weibo|line|kakaotalk|channel|newsletter|app|official account)(?![\p{L}\p{N}])/iu;
/** An Indian portal's closing line: "Catch all the Business News, Breaking News Events and Latest News Updates on Live Mint." */
const catchAllNews = /^catch (?:all )?the (?:latest )?[^.!?]{0,120}(?<!\p{L})news(?!\p{L})[^.!?]{0,120} on \p{Lu}[^.!?]{1,40}\.?$/iu;

/** The news it promises, after the platform or in the question before the call ("Want the latest traffic alerts? Download the WKRV 13 app."). */
const namedPromise = /(?<![\p{L}\p{N}])(?:news|updates|informed|latest|stories|alerts)(?![\p{L}\p{N}])/iu;

/** Where `namedCallToAction` can begin: its verb, or a short question before it. */
const namedCtaStart = /^(?:scan the qr code (?:to|and) )?(?:follow|join|receive|get|subscribe to|sign up (?:for|to)|download)\s/iu;
const namedCtaAfterQuestion = /^[^"“”„«»'‘’.!?]{0,60}\?\s+(?:follow|join|receive|get|subscribe to|sign up (?:for|to)|download)\s/iu;

/**
 * A newsletter's box, which names the newsletter in the lists' languages and then its button
 * ("Der Kreisbote am Morgen: Unser Newsletter mit den wichtigsten Nachrichten – jetzt kostenlos
 * anmelden!", "Newsletter Doubs - Every morning, receive … by email. I register"), or the
 * imperative to sign up to "our" newsletter anywhere in the line ("Sie möchten keine Nachrichten
 * verpassen? Dann abonnieren Sie unseren kostenlosen Newsletter …"), or the delivery it promises
 * under the newsletter's label or to the reader ("Rheinblick-Newsletter: Die wichtigsten
 * Nachrichten jeden Morgen kostenlos in Ihr Postfach.", "Recevez chaque matin l'essentiel … de
 * votre commune avec la newsletter du …"). Not a report ("…, sagte die Vorsitzende"), a quotation,
 * nor a sentence about someone's newsletter: "Wer informiert werden will, kann dort einen
 * Newsletter abonnieren." has no button, "Quienes se suscriban al boletín recibirán cada semana
 * la agenda." addresses no one.
 */
function newsletterBox(text: string): boolean {
  if (text.length > newsletterBoxMax || !newsletterWord.test(text) || !inOwnVoice(text)) return false;
  if (signUpButton.test(text) || (signUpNow.test(text) && ourWord.test(text))) return true;
  return deliveryPromise.test(text) && (newsletterLabel.test(text) || readerWord.test(text));
}
const newsletterBoxMax = 250;
/** What `newsletterWord` cannot match without (see `offerStem`). */
const newsletterStem = /newsletter|bolet[íi]m?|infolettre|lettre d|nieuwsbrief|biuletyn|рассылк|розсилк/iu;
const newsletterWord = /(?<!\p{L})(?:newsletter\p{L}*|boletín|boletim|infolettre|lettre d['’]information|nieuwsbrief|biuletyn\p{L}*|рассылк\p{L}*|розсилк\p{L}*)(?!\p{L})/iu;
/** The newsletter's name as a label before a colon ("Rheinblick-Newsletter:", "Newsletter „Südwest kompakt“:"), or first. */
const newsletterLabel = /^(?:[^.!?:"“”„«]{0,50}(?<!\p{L})newsletter\p{L}*[^.!?:]{0,50}:|newsletter\s)/iu;
const signUpVerbs = String.raw`(?:anmelden|abonnieren|registrieren|sign up|subscribe|register|i register|je m['’]inscris|s['’]inscrire|inscrivez-vous|je m['’]abonne|suscríbete|suscribirse|iscriviti|inscreva-se|zapisz się|подписаться|підписатися|aanmelden|inschrijven)`;
/** The box's button last, after a dash, a colon or a sentence, or after "now" ("– jetzt kostenlos anmelden!", "Register now for free!", "I register"). */
const signUpButton = new RegExp(String.raw`(?:[–—:.!?-]\s*|(?<!\p{L})(?:jetzt|now|here|hier|maintenant|ahora|ora|agora|teraz|сейчас|зараз)\s+(?:\p{L}+\s+)?)${signUpVerbs}(?:\s+(?:now|here|today|for free|free|gratuitement|gratis|kostenlos)){0,2}\s*[!.]?$`, 'iu');
const signUpNow = /(?<!\p{L})(?:abonnieren sie|abonniere|melden sie sich|subscribe to|sign up (?:to|for)|inscrivez-vous|abonnez-vous|suscríbete|suscríbase|iscriviti|inscreva-se|assine|zapisz się|подпишитесь|підпишіться|schrijf je in|meld je aan)(?!\p{L})/iu;
/**
 * A German call in the infinitive, "jetzt" first, to a channel, an app or a newsletter ("Die
 * Elbland-Rundschau bei WhatsApp: Jetzt unseren Kanal abonnieren und keine Nachricht verpassen.").
 */
const jetztCall = /(?<!\p{L})jetzt\s(?:[^.!?]{0,60}\s)?(?:abonnieren|folgen|herunterladen|laden|installieren|anmelden|registrieren|bestellen|beitreten)(?!\p{L})/iu;
const jetztWays = /(?<!\p{L})(?:whatsapp|telegram|kanal|app|newsletter\p{L}*|instagram|facebook|tiktok|youtube|google news|push-\p{L}+)(?!\p{L})/iu;

const ourWord = /(?<!\p{L})(?:our|unser\p{L}*|notre|nos|nuestr\p{L}*|nostr\p{L}*|noss\p{L}*|nasz\p{L}*|наш\p{L}*|onze)(?!\p{L})/iu;
/** The reader addressed: "you", "votre", "dein", the German "Ihr" capitalized. */
const readerWord = /(?<!\p{L})(?:you|your|votre|vos|vous|ton|ta|tes|dein|deine|deinem|deinen|euch|euer|tuo|tua|tuoi|seu|sua|twoj\p{L}*|twój|ваш\p{L}*|твій|твоя|jouw|uw)(?!\p{L})|(?<!\p{L})(?:Ihr|Ihre|Ihrem|Ihren|Ihrer)(?!\p{L})/u;
/** The delivery a newsletter promises: the inbox, by e-mail, every morning. */
const deliveryPromise = /(?<!\p{L})(?:postfach|inbox|mailbox|boîte (?:mail|aux lettres|e-?mail)|(?:by|per|via|par|por) (?:e-?mail|courriel|correo)|(?:every|each) (?:morning|evening|day|weekday|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|jeden (?:morgen|abend|tag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|jede woche|wöchentlich|täglich|chaque (?:matin|soir|jour|semaine|vendredi)|cada (?:mañana|día|semana)|todas as (?:manhãs|semanas)|todos os dias|ogni (?:mattina|giorno|settimana)|każdego (?:ranka|dnia|tygodnia)|каждое утро|каждый день|щоранку|щодня|elke (?:ochtend|dag|week)|daily|weekly)(?!\p{L})/iu;

/**
 * The site's pitch to subscribe so as to support it or its journalism, in the lists' languages
 * ("Cet article est en accès libre. Pour soutenir l'information locale, abonnez-vous à …",
 * "Support local journalism: subscribe today", "Unterstützen Sie unseren Lokaljournalismus –
 * abonnieren Sie …"): what is supported is "us" or journalism, and the subscription is asked
 * for; not a report ("… to support local journalism, the publisher said; readers can subscribe …").
 */
const supportJournalism = /(?<!\p{L})(?:(?:support(?:ing)?|soutenir|soutenez|unterstützen|unterstütze|apoya[rn]?|apóyanos|sostenere|sostieni|apoiar|apoie|wspierać|wesprzyj|wspieraj|поддержать|поддержите|підтримати|підтримайте|steun|steunen)\s(?:(?:us|uns|nous|nos|ci|nas|нас)(?!\p{L})|(?:our|unser\p{L}*|notre|nuestr\p{L}*|il nostro|o nosso|nasz\p{L}*|наш\p{L}*|onze|the|l['’]|le|la|el|lo|o|den|die|das|het)?\s?(?:\p{L}+\s)?(?:journalism|journalismus|lokaljournalismus|information|informazione|información|informação|journalisme|periodismo|giornalismo|jornalismo|dziennikarstw\p{L}*|журналистик\p{L}*|журналістик\p{L}*|journalistiek))|(?:help us|hilf uns|helfen sie uns|aidez-nous|ayúdanos|aiutaci|ajude-nos|pomóż nam|помогите нам|допоможіть нам)(?!\p{L})|(?:needs?|braucht|a besoin de|necesita|ha bisogno del?|precisa d[oe]) (?:your|ihre|deine|votre|ton|tu|su|il tuo|il vostro|o seu|do seu|seu) (?:support|unterstützung|soutien|apoyo|sostegno|apoio))/iu;
const subscribeAsked = /(?<!\p{L})(?:subscribe|subscribing|abonnez-vous|abonnez|abonnieren sie|abonniere|abonnieren|suscríbete|suscríbase|suscribiéndote|hazte suscriptor|abbonati|abbonatevi|assine|torne-se assinante|zaprenumeruj|subskrybuj|подпишитесь|підпишіться|word abonnee|neem een abonnement)(?!\p{L})/iu;
function supportPitch(text: string): boolean {
  return text.length <= supportPitchMax && subscribeAsked.test(text) && supportJournalism.test(text) && inOwnVoice(text);
}
/** What `subscribeAsked` cannot match without (see `offerStem`). */
const subscribeStem = /subscrib|abonn|suscr|abbona|assina|assine|prenumer|subskry|подпиш|підпиш|abonnee|abonnement/iu;
/** What neither `newsletterBox` nor `supportPitch` can match without: one scan lets most lines go. */
const offerStem = new RegExp(`${newsletterStem.source}|${subscribeStem.source}`, 'iu');
const supportPitchMax = 400;

/** Whether a line is the site's call to sign up or follow (`callsToAction`, `namedCallToAction`, `followAnywhere`, `newsletterCall`, `followOn`, `subscribeHeading`, `newsletterBox`, `supportPitch`). */
export function isCallToAction(text: string): boolean {
  if (subscribeHeading.test(text)) return true;
  // Named by the site, first on the line, in the lists' languages and Dutch (`followAnywhere`,
  // `newsletterCall`), or after a sentence or "and" to two platforms or more (`followOn`): no
  // promise of news needed.
  if (text.length <= 200 && callOpening.test(text) && (followAnywhere.test(text) || newsletterCall.test(text)) && !reported.test(text)) return true;
  if (text.length <= 240 && text.includes('ollow ') && followOn.test(text)) return true;
  if (offerStem.test(text) && (newsletterBox(text) || supportPitch(text))) return true;
  if (text.length <= 250 && catchAllNews.test(text)) return true;
  if (text.length <= 250 && jetztCall.test(text) && jetztWays.test(text) && inOwnVoice(text)) return true;
  if (text.length <= 300 && supportPlatform.test(text) && supportCall.test(text)) return true;
  if (text.length <= 250 && podcastWord.test(text) && podcastApp.test(text) && (listenCall.test(text) || ownPodcast.test(text)) && inOwnVoice(text)) return true;
  if (text.length > 300 || /["“”„«»]/u.test(text.slice(0, 1))) return false;
  // The imperatives first: most lines begin with none and are read no further.
  const listed = ctaStart.test(text);
  if (!listed && !namedCtaStart.test(text) && !(text.includes('?') && namedCtaAfterQuestion.test(text))) return false;
  if ((text.match(/\S+/gu)?.length ?? 0) > ctaMaxWords) return false;
  return (namedCallToAction.test(text) && namedPromise.test(text) && !reported.test(text) && !/(?<!\p{L})(?:urged|urges|advised|advises)(?!\p{L})/iu.test(text)) || (listed && ctaPatterns.some((re) => re.test(text)));
}

/** Whether a line's key names a listed line or a share button. */
function isWidget(key: string): boolean {
  return boilerplateLines.has(key) || shareLabels.has(key);
}

/** `text`'s first half when its second half repeats it, after a blank or not ("Teilen Teilen", "TeilenTeilen"). */
function doubledHalf(text: string): string | undefined {
  const n = text.length;
  if (n < 2) return undefined;
  const half = n >> 1;
  if (n % 2 === 0 && text.slice(0, half) === text.slice(half)) return text.slice(0, half);
  if (n % 2 === 1 && text[half] === ' ' && text.slice(0, half) === text.slice(half + 1)) return text.slice(0, half);
  return undefined;
}

/**
 * A dateline with its updates or its reading time ("Publié le 18 juil. 2024 à 08:01 Mis à
 * jour le 18 juil. 2024 à 09:06", "Giriş: 03.07.2024 - 18:24 Güncelleme: 03.07.2024 - 18:57",
 * "06. 01. 2026, 14:59 Uhr Lesedauer: 4 Minuten"): a line of at most 90 characters with a
 * year and a clock time (hh:mm, "9:48AM" with its am/pm glued to it, or h.mm with am/pm as
 * Australian and British sites write it: "March 11, 2025 — 6.02pm"), at most ten words of letters, that does not end a sentence
 * (a sentence that names a date and a time ends with its full stop) and that gives no time range
 * (`timeRange`); the extractor also asks that it be no heading.
 */
export function isLongDateLine(text: string): boolean {
  if (text.length > 90 || !/\b(1[89]|20)\d\d\b/.test(text) || !/\b\d{1,2}:\d\d(?:\b|(?=[ap]m\b))|\b\d{1,2}\.\d\d\s?[ap]\.?m\b/i.test(text) || /[.!?]["“”»«)]?$/.test(text)) return false;
  return (text.match(/\p{L}+/gu)?.length ?? 0) <= 10 && !timeRange.test(text);
}

/**
 * From one clock time to another ("18:00 – 23:00 Uhr", "19:30 bis 22 Uhr", "de 18:00 a 23:00"):
 * when something happens, an event's date line, not when a text was published or updated (a
 * dateline's second time has its own label, "… 18:24 Güncelleme: …"; a date after a dash is
 * no second time).
 */
export const timeRange = /\b\d{1,2}:\d\d\s*(?:[–—-]|bis|to|until|a|à)\s*\d{1,2}(?::\d\d)?(?![\d.\/])/iu;

