<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Shopkeeper</source>
        <translation>Par Shopkeeper</translation>
    </message>
    <message>
        <source>Shopkeeper {version}</source>
        <translation>Shopkeeper {version}</translation>
    </message>
    <message>
        <source>Know every customer of your online shop. Your data stays on this computer.</source>
        <translation>Pazīstiet katru sava interneta veikala klientu. Jūsu dati paliek šajā datorā.</translation>
    </message>
    <message>
        <source>Licence: MIT. Free to use, change and share.</source>
        <translation>Licence: MIT. Brīvi lietojama, maināma un izplatāma.</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Datu avoti</translation>
    </message>
    <message>
        <source>The demo shop uses the Online Retail II data set by Daqing Chen, UCI Machine Learning Repository, licensed CC BY 4.0. Customer names and e-mail addresses in the demo are made up.</source>
        <translation>Demonstrācijas veikals izmanto Daqing Chen datu kopu Online Retail II (UCI Machine Learning Repository), licence CC BY 4.0. Klientu vārdi un e-pasta adreses demonstrācijā ir izdomāti.</translation>
    </message>
    <message>
        <source>Built with Qt for Python (PySide6), pandas, SciPy, scikit-learn, matplotlib and SQLite.</source>
        <translation>Veidots ar Qt for Python (PySide6), pandas, SciPy, scikit-learn, matplotlib un SQLite.</translation>
    </message>
</context>
<context>
    <name>AlsoBoughtView</name>
    <message>
        <source>no limit</source>
        <translation>bez ierobežojuma</translation>
    </message>
    <message>
        <source>off (one order = one basket)</source>
        <translation>izslēgts (viens pasūtījums = viens grozs)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Lietot</translation>
    </message>
    <message>
        <source>Show products bought together in at least</source>
        <translation>Rādīt preces, kas pirktas kopā vismaz</translation>
    </message>
    <message>
        <source>orders; leave out orders with more than</source>
        <translation>pasūtījumos; neņemt vērā pasūtījumus ar vairāk nekā</translation>
    </message>
    <message>
        <source>products; join a customer&apos;s orders within (days)</source>
        <translation>precēm; apvienot klienta pasūtījumus (dienu laikā)</translation>
    </message>
    <message>
        <source>Search a product by name or number</source>
        <translation>Meklēt preci pēc nosaukuma vai numura</translation>
    </message>
    <message>
        <source>Pick a product on the left.</source>
        <translation>Izvēlieties preci kreisajā pusē.</translation>
    </message>
    <message>
        <source>What shoppers of this product are shown, in this order:</source>
        <translation>Ko redz šīs preces pircēji, šādā secībā:</translation>
    </message>
    <message>
        <source>Pin to the top</source>
        <translation>Piespraust augšā</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Atspraust</translation>
    </message>
    <message>
        <source>Never show with this product</source>
        <translation>Nekad nerādīt pie šīs preces</translation>
    </message>
    <message>
        <source>Never show anywhere</source>
        <translation>Nekad nekur nerādīt</translation>
    </message>
    <message>
        <source>Show the selected product first for this product, in the order you pin</source>
        <translation>Rādīt izvēlēto preci pirmo pie šīs preces, piespraušanas secībā</translation>
    </message>
    <message>
        <source>For products out of stock, discontinued, gift cards or postage</source>
        <translation>Precēm, kuru nav noliktavā, izņemtām no pārdošanas, dāvanu kartēm vai piegādei</translation>
    </message>
    <message>
        <source>Hidden products…</source>
        <translation>Paslēptās preces…</translation>
    </message>
    <message>
        <source>Show hidden products again, or never suggest whole categories</source>
        <translation>Rādīt paslēptās preces atkal vai nekad neieteikt veselas kategorijas</translation>
    </message>
    <message>
        <source>Bought together (all rules):</source>
        <translation>Pirktas kopā (visi noteikumi):</translation>
    </message>
    <message>
        <source>What is confidence?</source>
        <translation>Kas ir ticamība?</translation>
    </message>
    <message>
        <source>What is lift?</source>
        <translation>Kas ir lift?</translation>
    </message>
    <message>
        <source>By product</source>
        <translation>Pēc preces</translation>
    </message>
    <message>
        <source>No two products are bought together often enough yet.</source>
        <translation>Vēl neviens preču pāris netiek pirkts kopā pietiekami bieži.</translation>
    </message>
    <message>
        <source>Sets of three bought together (bundle ideas):</source>
        <translation>Trīs preces, kas pirktas kopā (komplektu idejas):</translation>
    </message>
    <message>
        <source>No three products are bought together often enough yet.</source>
        <translation>Vēl neviens preču trijnieks netiek pirkts kopā pietiekami bieži.</translation>
    </message>
    <message>
        <source>Top pairs</source>
        <translation>Biežākie pāri</translation>
    </message>
    <message>
        <source>Testing the picks on your last 12 weeks of orders…</source>
        <translation>Pārbauda ieteikumus ar pēdējo 12 nedēļu pasūtījumiem…</translation>
    </message>
    <message>
        <source>Does it work?</source>
        <translation>Vai tas strādā?</translation>
    </message>
    <message>
        <source>No refills are due now.</source>
        <translation>Pašlaik nav gaidāma neviena atkārtota pirkuma reize.</translation>
    </message>
    <message>
        <source>Refills due</source>
        <translation>Laiks atkārtotam pirkumam</translation>
    </message>
    <message>
        <source>Customer number or e-mail</source>
        <translation>Klienta numurs vai e-pasts</translation>
    </message>
    <message>
        <source>Show picks</source>
        <translation>Rādīt ieteikumus</translation>
    </message>
    <message>
        <source>Type a customer&apos;s number or e-mail above and press Show picks.</source>
        <translation>Ierakstiet augstāk klienta numuru vai e-pastu un nospiediet „Rādīt ieteikumus”.</translation>
    </message>
    <message>
        <source>Picks for a customer</source>
        <translation>Ieteikumi klientam</translation>
    </message>
    <message>
        <source>Finding picks…</source>
        <translation>Meklē ieteikumus…</translation>
    </message>
    <message>
        <source>Rebuys it regularly</source>
        <translation>Regulāri pērk atkārtoti</translation>
    </message>
    <message>
        <source>Often bought with their products</source>
        <translation>Bieži pirkts kopā ar viņu precēm</translation>
    </message>
    <message>
        <source>Bought together with their products</source>
        <translation>Pirkts kopā ar viņu produktiem</translation>
    </message>
    <message>
        <source>Country bestseller</source>
        <translation>Valsts populārākā prece</translation>
    </message>
    <message>
        <source>Buy again</source>
        <translation>Pirkt vēlreiz</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Atklāt</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Saraksts</translation>
    </message>
    <message numerus="yes">
        <source>%n pick(s) for this customer.</source>
        <translation>
            <numerusform>%n ieteikums šim klientam.</numerusform>
            <numerusform>%n ieteikumi šim klientam.</numerusform>
            <numerusform>%n ieteikumu šim klientam.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also bought</source>
        <translation>Pirka arī</translation>
    </message>
    <message>
        <source>Testing the picks was cancelled.</source>
        <translation>Ieteikumu pārbaude atcelta.</translation>
    </message>
    <message>
        <source>Stopped before the pairs were counted.</source>
        <translation>Apturēts, pirms pāri tika saskaitīti.</translation>
    </message>
    <message>
        <source>Could not save the settings</source>
        <translation>Neizdevās saglabāt iestatījumus</translation>
    </message>
    <message>
        <source>Counting which products are bought together…</source>
        <translation>Skaita, kuras preces pērk kopā…</translation>
    </message>
    <message>
        <source>Could not count products bought together</source>
        <translation>Neizdevās saskaitīt kopā pirktās preces</translation>
    </message>
    <message>
        <source>No orders yet: import your orders to see what is bought together.</source>
        <translation>Pasūtījumu vēl nav: importējiet pasūtījumus, lai redzētu, kas tiek pirkts kopā.</translation>
    </message>
    <message>
        <source>Finding the refills due…</source>
        <translation>Meklē klientus, kuriem laiks atkārtotam pirkumam…</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>pas.</translation>
    </message>
    <message>
        <source>baskets</source>
        <translation>grozi</translation>
    </message>
    <message>
        <source>%1 pairs bought together in at least %2 %3 (out of %4 %3; %5 very large orders left out).</source>
        <translation>Kopā pirktu pāru: %1; slieksnis: %2 %3 (no %4 %3; neņemti vērā ļoti lieli pasūtījumi: %5).</translation>
    </message>
    <message>
        <source>%1 — in %3 orders (%2 of them counted for the pairs, by the settings above)</source>
        <translation>%1 — %3 pasūtījumos (%2 no tiem ņemti vērā pāriem, pēc iestatījumiem augstāk)</translation>
    </message>
    <message>
        <source>Confidence (%)</source>
        <translation>Ticamība (%)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prece</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>How this is measured: for each of 4 periods of 12 weeks, the picks are made from the orders before it only, then compared with what each returning customer bought in it; ranges are 95 % intervals. All purchases: rebuys count. New to the customer: only products they had never bought, and every method leaves out what they own. Hit rate: share of customers who bought at least one of their 10 picks. NDCG: the same, giving more credit to hits near the top. Recall: share of what they bought that was picked. Coverage: share of your products picked for anyone.</source>
        <translation>Kā to mēra: katrā no 4 periodiem pa 12 nedēļām ieteikumi tiek veidoti tikai no pasūtījumiem pirms tā, un tad tos salīdzina ar to, ko katrs atgriezies klients tajā nopirka; diapazoni ir 95 % intervāli. Visi pirkumi: atkārtoti pirkumi skaitās. Jauni klientam: tikai produkti, kurus viņš nekad nav pircis, un katra metode izlaiž to, kas viņam jau ir. Trāpījumu biežums: klientu daļa, kas nopirka vismaz vienu no saviem 10 ieteikumiem. NDCG: tas pats, bet trāpījumi saraksta augšā skaitās vairāk. Atsaukums (recall): daļa no nopirktā, kas bija ieteikta. Pārklājums: jūsu produktu daļa, kas ieteikta kādam.</translation>
    </message>
    <message>
        <source>Products this customer is likely to buy next: their own products they are likely to buy again, and products new to them that customers like them bought, then bestsellers.</source>
        <translation>Produkti, kurus šis klients, visticamāk, pirks nākamos: viņa paša produkti, kurus viņš, visticamāk, pirks vēlreiz, un viņam jauni produkti, kurus pirka līdzīgi klienti, tad populārākās preces.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pasūtījumi</translation>
    </message>
    <message>
        <source>Bought with</source>
        <translation>Pirkta kopā ar</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Kopā</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Pacēlums</translation>
    </message>
    <message>
        <source>Together: orders with both. Confidence →: share of the first product&apos;s orders that also hold the second (← the other way). Lift: how many times more often than chance.</source>
        <translation>Kopā: pasūtījumi ar abām precēm. Ticamība →: daļa no pirmās preces pasūtījumiem, kuros ir arī otrā (← otrādi). Pacēlums: cik reizes biežāk nekā nejauši.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klients</translation>
    </message>
    <message>
        <source>Rebuys every (days)</source>
        <translation>Pērk atkārtoti ik pēc (dienām)</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Dienas kopš pirkuma</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Kāpēc</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numurs</translation>
    </message>
    <message>
        <source>Confidence → (%)</source>
        <translation>Ticamība → (%)</translation>
    </message>
    <message>
        <source>Confidence ← (%)</source>
        <translation>Ticamība ← (%)</translation>
    </message>
    <message>
        <source>The %1 pairs bought together most often (all of them: python -m core also-bought --csv). </source>
        <translation>%1 pāri, kas visbiežāk pirkti kopā (visi: python -m core also-bought --csv). </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refill(s) due now: customers who usually rebuy these products about this long after their last purchase.</source>
        <translation>
            <numerusform>Tagad %Ln atkārtots pirkums: klienti, kuri parasti šīs preces pērk atkārtoti aptuveni tik ilgi pēc pēdējā pirkuma.</numerusform>
            <numerusform>Tagad %Ln atkārtoti pirkumi: klienti, kuri parasti šīs preces pērk atkārtoti aptuveni tik ilgi pēc pēdējā pirkuma.</numerusform>
            <numerusform>Tagad %Ln atkārtotu pirkumu: klienti, kuri parasti šīs preces pērk atkārtoti aptuveni tik ilgi pēc pēdējā pirkuma.</numerusform>
        </translation>
    </message>
    <message>
        <source>Our picks</source>
        <translation>Mūsu ieteikumi</translation>
    </message>
    <message>
        <source>Our buy-again list</source>
        <translation>Mūsu saraksts „Pirkt vēlreiz”</translation>
    </message>
    <message>
        <source>Their own products (frequency, recency)</source>
        <translation>Viņu pašu produkti (biežums, nesenums)</translation>
    </message>
    <message>
        <source>Shop bestsellers</source>
        <translation>Veikala populārākās preces</translation>
    </message>
    <message>
        <source>Similar products (item-kNN)</source>
        <translation>Līdzīgi produkti (item-kNN)</translation>
    </message>
    <message>
        <source>Random products</source>
        <translation>Nejaušas preces</translation>
    </message>
    <message>
        <source>Similar customers (EASE)</source>
        <translation>Līdzīgi klienti (EASE)</translation>
    </message>
    <message>
        <source>All purchases</source>
        <translation>Visi pirkumi</translation>
    </message>
    <message>
        <source>New to the customer</source>
        <translation>Jauni klientam</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Pirkumi</translation>
    </message>
    <message>
        <source>Hit rate %</source>
        <translation>Trāpījumi %</translation>
    </message>
    <message>
        <source>NDCG</source>
        <translation>NDCG</translation>
    </message>
    <message>
        <source>Recall %</source>
        <translation>Pilnīgums %</translation>
    </message>
    <message>
        <source>Coverage %</source>
        <translation>Aptvērums %</translation>
    </message>
    <message>
        <source>customers who bought one of their 10 picks (%)</source>
        <translation>klienti, kuri nopirka vienu no saviem 10 ieteikumiem (%)</translation>
    </message>
    <message>
        <source>The picks could not be tested: %1</source>
        <translation>Ieteikumus neizdevās pārbaudīt: %1</translation>
    </message>
    <message>
        <source>%1 — in %2 orders</source>
        <translation>%1 — pasūtījumi: %2</translation>
    </message>
    <message>
        <source>Pinned by you</source>
        <translation>Jūsu piesprausts</translation>
    </message>
    <message>
        <source>Bought together</source>
        <translation>Pirktas kopā</translation>
    </message>
    <message>
        <source>Same-category bestseller</source>
        <translation>Tās pašas kategorijas populārākā prece</translation>
    </message>
    <message>
        <source>Segment bestseller</source>
        <translation>Segmenta populārākā prece</translation>
    </message>
    <message>
        <source>Shop bestseller</source>
        <translation>Veikala populārākā prece</translation>
    </message>
    <message>
        <source>Why it is shown</source>
        <translation>Kāpēc tā tiek rādīta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Iemesls</translation>
    </message>
    <message>
        <source>Customers tested</source>
        <translation>Pārbaudītie klienti</translation>
    </message>
    <message>
        <source>Pick a product on the left to see what is bought with it.</source>
        <translation>Izvēlieties preci kreisajā pusē, lai redzētu, ko pērk kopā ar to.</translation>
    </message>
    <message>
        <source>Not bought together with anything often enough yet.</source>
        <translation>Vēl netiek pietiekami bieži pirkta kopā ar kaut ko.</translation>
    </message>
    <message>
        <source>Strongest partners</source>
        <translation>Spēcīgākie pāri</translation>
    </message>
    <message>
        <source>Could not change the list</source>
        <translation>Neizdevās mainīt sarakstu</translation>
    </message>
    <message>
        <source>%1 pinned here · %2 products never shown · %3 pairs never shown</source>
        <translation>Šeit piesprausti: %1 · nekad nerādītas preces: %2 · nekad nerādīti pāri: %3</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Sākt no jauna</translation>
    </message>
    <message>
        <source>Stopped. The screen shows only what was ready; press Start again to work it out.</source>
        <translation>Apturēts. Ekrānā redzams tikai tas, kas bija gatavs; nospiediet “Sākt no jauna”, lai to aprēķinātu.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Strādā…</translation>
    </message>
</context>
<context>
    <name>CampaignsView</name>
    <message>
        <source>The control group: customers chosen at random who did not get the offer, so that comparing them with those mailed shows what the offer really changed.</source>
        <translation>Kontroles grupa: nejauši izvēlēti klienti, kuri piedāvājumu nesaņēma, lai salīdzinājums ar tiem, kam to nosūtīja, parādītu, ko piedāvājums patiešām mainīja.</translation>
    </message>
    <message>
        <source>The control group was not mailed: it shows what customers would have done anyway. The difference between a mailed group and the control is what the campaign did; the interval is where the true difference lies with 95 % confidence.</source>
        <translation>Kontroles grupai vēstule netika sūtīta: tā rāda, ko klienti būtu darījuši tik un tā. Atšķirība starp grupu, kurai sūtīja, un kontroles grupu ir kampaņas ietekme; intervāls ir robežas, kurās ar 95 % ticamību atrodas patiesā atšķirība.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dienas</translation>
    </message>
    <message>
        <source>Judge on this window</source>
        <translation>Vērtēt šajā periodā</translation>
    </message>
    <message>
        <source>Window after sending</source>
        <translation>Periods pēc nosūtīšanas</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupas</translation>
    </message>
    <message>
        <source>Each mailed group against the control</source>
        <translation>Katra grupa, kurai sūtīja, salīdzinājumā ar kontroles grupu</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampaņas</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Strādāju…</translation>
    </message>
    <message>
        <source>Judging each campaign on the orders imported so far…</source>
        <translation>Novērtē katru kampaņu pēc līdz šim importētajiem pasūtījumiem…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Apturēts.</translation>
    </message>
    <message>
        <source>Could not read the campaigns</source>
        <translation>Neizdevās nolasīt kampaņas</translation>
    </message>
    <message>
        <source>{0} (sent {1})</source>
        <translation>{0} (nosūtīta {1})</translation>
    </message>
    <message>
        <source>No campaigns yet.</source>
        <translation>Kampaņu vēl nav.</translation>
    </message>
    <message>
        <source>No campaigns yet. Save an offer file on the Offers screen: its results appear here after you import the orders that follow.</source>
        <translation>Kampaņu vēl nav. Saglabājiet piedāvājuma failu ekrānā Piedāvājumi: tā rezultāti parādīsies šeit, kad importēsiet nākamos pasūtījumus.</translation>
    </message>
    <message>
        <source>{0} campaign(s). Results use the orders imported so far.</source>
        <translation>Kampaņas: {0}. Rezultāti balstās uz līdz šim importētajiem pasūtījumiem.</translation>
    </message>
    <message>
        <source>mailed</source>
        <translation>nosūtīts</translation>
    </message>
    <message>
        <source>control</source>
        <translation>kontroles</translation>
    </message>
    <message>
        <source>all mailed</source>
        <translation>visi, kam nosūtīts</translation>
    </message>
    <message>
        <source>{0}: {1}, sent {2}; judged on the {3} days to {4}.</source>
        <translation>{0}: {1}, nosūtīta {2}; vērtēta {3} dienu periodā līdz {4}.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Dalībnieki</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Pasūtīja</translation>
    </message>
    <message>
        <source>Order rate</source>
        <translation>Pasūtītāju daļa</translation>
    </message>
    <message>
        <source>Revenue per member</source>
        <translation>Ieņēmumi uz dalībnieku</translation>
    </message>
    <message>
        <source>Codes used</source>
        <translation>Izmantotie kodi</translation>
    </message>
    <message>
        <source>Order rate difference</source>
        <translation>Pasūtītāju daļas atšķirība</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95 % intervāls</translation>
    </message>
    <message>
        <source>Revenue per member difference</source>
        <translation>Ieņēmumu uz dalībnieku atšķirība</translation>
    </message>
    <message>
        <source>95 % interval (revenue)</source>
        <translation>95 % intervāls (ieņēmumi)</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>no {0} līdz {1}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0} points</source>
        <translation>{0} procentpunkti</translation>
    </message>
    <message>
        <source>Could not change the window</source>
        <translation>Neizdevās mainīt periodu</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>Loading…</source>
        <translation>Ielādē…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Saglabāt…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture or an SVG drawing</source>
        <translation>Saglabāt šo diagrammu kā PNG attēlu vai SVG zīmējumu</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopēt</translation>
    </message>
    <message>
        <source>Copy this chart to the clipboard, to paste into an e-mail or document</source>
        <translation>Kopēt šo diagrammu starpliktuvē, lai ielīmētu e-pastā vai dokumentā</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Saglabāt diagrammu</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG attēls (*.png);;SVG zīmējums (*.svg)</translation>
    </message>
    <message>
        <source>Could not save the chart</source>
        <translation>Neizdevās saglabāt diagrammu</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>Search by name, e-mail or customer number</source>
        <translation>Meklēt pēc vārda, e-pasta vai klienta numura</translation>
    </message>
    <message>
        <source>10 segments (recency × frequency)</source>
        <translation>10 segmenti (nesenums × biežums)</translation>
    </message>
    <message>
        <source>11 segments (recency × frequency and spend)</source>
        <translation>11 segmenti (nesenums × biežums un tēriņi)</translation>
    </message>
    <message>
        <source>Recency (5 = bought most recently) × frequency (5 = most orders). Click a cell to see its customers.</source>
        <translation>Nesenums (5 = pirka visnesenāk) × biežums (5 = visvairāk pasūtījumu). Noklikšķiniet uz šūnas, lai redzētu tās klientus.</translation>
    </message>
    <message>
        <source>F{0}</source>
        <translation>F{0}</translation>
    </message>
    <message>
        <source>R{0}</source>
        <translation>R{0}</translation>
    </message>
    <message>
        <source>Score cut-offs (for scores 2, 3, 4, 5)</source>
        <translation>Vērtējumu sliekšņi (vērtējumiem 2, 3, 4, 5)</translation>
    </message>
    <message>
        <source>Days since last order at most</source>
        <translation>Dienas kopš pirkuma, maks.</translation>
    </message>
    <message>
        <source>Orders at least</source>
        <translation>Pasūtījumu vismaz</translation>
    </message>
    <message>
        <source>Spend at least</source>
        <translation>Tēriņi vismaz</translation>
    </message>
    <message>
        <source>Equal groups (quintiles)</source>
        <translation>Vienādas grupas (kvintiles)</translation>
    </message>
    <message>
        <source>Click a segment on the left or a cell of the grid to see its customers.</source>
        <translation>Noklikšķiniet uz segmenta kreisajā pusē vai režģa šūnas, lai redzētu tā klientus.</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenti</translation>
    </message>
    <message>
        <source>{1} customers
{2:,.0f} ({3:.0f} %)
{0}</source>
        <translation>klienti: {1}
{2:,.0f} ({3:.0f} %)
{0}</translation>
    </message>
    <message>
        <source>No customers with orders yet.</source>
        <translation>Vēl nav klientu ar pasūtījumiem.</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Visi klienti</translation>
    </message>
    <message>
        <source>Top percent</source>
        <translation>Labākie – procenti</translation>
    </message>
    <message>
        <source>Top number</source>
        <translation>Labākie – skaits</translation>
    </message>
    <message>
        <source> % of customers</source>
        <translation> % no klientiem</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>Eksportēt sarakstu…</translation>
    </message>
    <message>
        <source>VIP size:</source>
        <translation>VIP grupas lielums:</translation>
    </message>
    <message>
        <source>Win-back when silent at least</source>
        <translation>Atgūstamie, ja klusē vismaz</translation>
    </message>
    <message>
        <source>× their usual interval</source>
        <translation>× viņu parastais intervāls</translation>
    </message>
    <message>
        <source>Lists keep at most</source>
        <translation>Saraksti ietver ne vairāk kā</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>Atgūstamie</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Apdraudētie</translation>
    </message>
    <message>
        <source>Nobody is on this list right now.</source>
        <translation>Šajā sarakstā pašlaik neviena nav.</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Saraksti</translation>
    </message>
    <message>
        <source>Working out the lists…</source>
        <translation>Sagatavo sarakstus…</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mēn.</translation>
    </message>
    <message>
        <source> % a month</source>
        <translation> % mēnesī</translation>
    </message>
    <message>
        <source>Recalculate</source>
        <translation>Pārrēķināt</translation>
    </message>
    <message>
        <source>Predict value over</source>
        <translation>Prognozēt vērtību par</translation>
    </message>
    <message>
        <source>discounting future money by</source>
        <translation>diskontējot nākotnes naudu par</translation>
    </message>
    <message>
        <source>Testing how well the predictions work…</source>
        <translation>Pārbauda, cik labi darbojas prognozes…</translation>
    </message>
    <message>
        <source>Testing who stops ordering on the past…</source>
        <translation>Pārbauda ar pagātnes datiem, kas pārstāj pasūtīt…</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Prognozes</translation>
    </message>
    <message>
        <source>Choose automatically</source>
        <translation>Izvēlēties automātiski</translation>
    </message>
    <message>
        <source>{0} groups</source>
        <translation>Grupas: {0}</translation>
    </message>
    <message>
        <source>Number of groups:</source>
        <translation>Grupu skaits:</translation>
    </message>
    <message>
        <source>Click a group above to see its customers.</source>
        <translation>Noklikšķiniet uz grupas augstāk, lai redzētu tās klientus.</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Līdzīgo grupas</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienti</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Ielādē…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>No</translation>
    </message>
    <message>
        <source>to</source>
        <translation>līdz</translation>
    </message>
    <message>
        <source>Show changes</source>
        <translation>Rādīt izmaiņas</translation>
    </message>
    <message>
        <source>Export these customers…</source>
        <translation>Eksportēt šos klientus…</translation>
    </message>
    <message>
        <source>Save the customers of the chosen movement as a CSV file, for example to send them an offer</source>
        <translation>Saglabāt izvēlētās pārejas klientus CSV failā, piemēram, lai nosūtītu viņiem piedāvājumu</translation>
    </message>
    <message>
        <source>Click a row above to see the customers who moved that way.</source>
        <translation>Noklikšķiniet uz rindas augstāk, lai redzētu klientus, kas tā pārvietojās.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Kas mainījās</translation>
    </message>
    <message>
        <source>Rebuilding the segments at both dates…</source>
        <translation>Atjauno segmentus abos datumos…</translation>
    </message>
    <message>
        <source>No customer changed segment between these dates.</source>
        <translation>Starp šiem datumiem neviens klients nemainīja segmentu.</translation>
    </message>
    <message>
        <source>Segment then</source>
        <translation>Segments toreiz</translation>
    </message>
    <message>
        <source>Segment now</source>
        <translation>Segments tagad</translation>
    </message>
    <message>
        <source>Repeat rate by first product: products need at least 10 customers whose first order had them before they are compared.</source>
        <translation>Atkārtotu pirkumu daļa pēc pirmā produkta: produktu salīdzina tikai tad, ja tas bijis vismaz 10 klientu pirmajā pasūtījumā.</translation>
    </message>
    <message>
        <source>First product</source>
        <translation>Pirmais produkts</translation>
    </message>
    <message>
        <source>First buyers</source>
        <translation>Pirmie pircēji</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>Atgriezās</translation>
    </message>
    <message>
        <source>Came back (%)</source>
        <translation>Atgriezās (%)</translation>
    </message>
    <message>
        <source>Shop average (%)</source>
        <translation>Veikala vidējais (%)</translation>
    </message>
    <message>
        <source>× average</source>
        <translation>× vidējais</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(bez koda)</translation>
    </message>
    <message>
        <source>First discount code</source>
        <translation>Pirmais atlaides kods</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klients</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <source>Orders then</source>
        <translation>Pasūtījumi toreiz</translation>
    </message>
    <message>
        <source>Orders now</source>
        <translation>Pasūtījumi tagad</translation>
    </message>
    <message>
        <source>Export these customers</source>
        <translation>Eksportēt šos klientus</translation>
    </message>
    <message>
        <source>Could not export the customers</source>
        <translation>Neizdevās eksportēt klientus</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <source>Days since last order</source>
        <translation>Dienas kopš pēdējā pasūtījuma</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pasūtījumi</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Iztērēts</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>Vidējais pasūtījums</translation>
    </message>
    <message>
        <source>Working out segments and predictions…</source>
        <translation>Aprēķina segmentus un prognozes…</translation>
    </message>
    <message>
        <source>Can you trust the predictions? Predicted vs actual in a test period</source>
        <translation>Vai prognozēm var uzticēties? Prognozētais pret faktisko testa periodā</translation>
    </message>
    <message>
        <source>What actually happened</source>
        <translation>Kas notika patiesībā</translation>
    </message>
    <message>
        <source>What the model predicted</source>
        <translation>Ko prognozēja modelis</translation>
    </message>
    <message>
        <source>Repeat orders before the test period</source>
        <translation>Atkārtoti pasūtījumi pirms testa perioda</translation>
    </message>
    <message>
        <source>Average orders per customer in the test period</source>
        <translation>Pasūtījumi uz klientu</translation>
    </message>
    <message>
        <source>Stopped before the segments and predictions were worked out.</source>
        <translation>Apturēts, pirms tika aprēķināti segmenti un prognozes.</translation>
    </message>
    <message>
        <source>Stopped before the predictions were tested.</source>
        <translation>Apturēts, pirms prognozes tika pārbaudītas.</translation>
    </message>
    <message>
        <source>Could not analyse the customers</source>
        <translation>Neizdevās analizēt klientus</translation>
    </message>
    <message>
        <source>No orders yet: import your shop&apos;s orders to see segments, lists and predictions.</source>
        <translation>Vēl nav pasūtījumu: importējiet veikala pasūtījumus, lai redzētu segmentus, sarakstus un prognozes.</translation>
    </message>
    <message>
        <source>{0} customers with orders. Predictions are based on {1} repeat customers over {2} days of history.</source>
        <translation>Klienti ar pasūtījumiem: {0}. Prognozes balstās uz {1} atkārtotiem klientiem un {2} vēstures dienām.</translation>
    </message>
    <message>
        <source>{0} customers with orders. Only {1} customers ordered more than once over {2} days of history, so predictions would be rough; the lists use past spending (RFM) instead.</source>
        <translation>Klienti ar pasūtījumiem: {0}. Tikai {1} klienti pasūtījuši vairāk nekā vienu reizi {2} vēstures dienās, tāpēc prognozes būtu aptuvenas; saraksti izmanto iepriekšējos tēriņus (RFM).</translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation>Prognozētā vērtība</translation>
    </message>
    <message>
        <source>Chance of having stopped</source>
        <translation>Iespēja, ka pārstājis pirkt</translation>
    </message>
    <message>
        <source>All customers ({0})</source>
        <translation>Visi klienti ({0})</translation>
    </message>
    <message>
        <source>{0} ({1}, {2:.0f} % of revenue)</source>
        <translation>{0} ({1}, {2:.0f} % ieņēmumu)</translation>
    </message>
    <message>
        <source>R{0} F{1}: {2} customers</source>
        <translation>R{0} F{1}: klienti: {2}</translation>
    </message>
    <message>
        <source>Recency {0}, frequency {1}: {2} customers</source>
        <translation>Nesenums {0}, biežums {1}: klienti: {2}</translation>
    </message>
    <message>
        <source>{0}: {1} customers</source>
        <translation>{0}: klienti: {1}</translation>
    </message>
    <message>
        <source>All customers: {0}</source>
        <translation>Visi klienti: {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;{1}&lt;br&gt;&lt;br&gt;&lt;b&gt;What to do:&lt;/b&gt; {2}&lt;br&gt;&lt;br&gt;{3} customers, {4:,.0f} revenue; on average {5:.1f} orders, last order {6:.0f} days ago.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;{1}&lt;br&gt;&lt;br&gt;&lt;b&gt;Ko darīt:&lt;/b&gt; {2}&lt;br&gt;&lt;br&gt;Klienti: {3}, ieņēmumi: {4:,.0f}; vidēji pasūtījumu: {5:.1f}, pēdējais pasūtījums pirms {6:.0f} dienām.</translation>
    </message>
    <message>
        <source>Pick a segment on the left or a cell in the grid to see who is in it and what to do for them.</source>
        <translation>Izvēlieties segmentu kreisajā pusē vai režģa šūnu, lai redzētu, kas tajā ir un ko viņu labā darīt.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Kāpēc</translation>
    </message>
    <message>
        <source>Usual days between orders</source>
        <translation>Parastās dienas starp pasūtījumiem</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Eksportēt sarakstu</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV faili (*.csv)</translation>
    </message>
    <message>
        <source>Could not export the list</source>
        <translation>Neizdevās eksportēt sarakstu</translation>
    </message>
    <message>
        <source>Predicted value over the next {0} months (discounted {1:g} % a month), the chance each customer has stopped buying, and when they will probably order next.</source>
        <translation>Prognozētā vērtība nākamajos {0} mēnešos (diskontēta par {1:g} % mēnesī), iespēja, ka klients pārstājis pirkt, un kad viņš, visticamāk, pasūtīs nākamreiz.</translation>
    </message>
    <message>
        <source>Repeat orders</source>
        <translation>Atkārtoti pasūtījumi</translation>
    </message>
    <message>
        <source>Expected orders</source>
        <translation>Sagaidāmie pasūtījumi</translation>
    </message>
    <message>
        <source>Chance still a customer (%)</source>
        <translation>Iespēja, ka joprojām ir klients (%)</translation>
    </message>
    <message>
        <source>Expected order value</source>
        <translation>Sagaidāmā pasūtījuma vērtība</translation>
    </message>
    <message>
        <source>Next order expected</source>
        <translation>Nākamais pasūtījums gaidāms</translation>
    </message>
    <message>
        <source>Who stops ordering could not be tested yet: {0}</source>
        <translation>Vēl nevar pārbaudīt, kas pārstāj pasūtīt: {0}</translation>
    </message>
    <message>
        <source>The predictions could not be tested yet: {0}</source>
        <translation>Prognozes vēl neizdevās pārbaudīt: {0}</translation>
    </message>
    <message>
        <source>Finding groups of similar customers…</source>
        <translation>Meklē līdzīgu klientu grupas…</translation>
    </message>
    <message>
        <source>{0} groups (silhouette {1:.2f}; closer to 1 = more distinct). Click a group to see its customers.</source>
        <translation>Grupas: {0} (siluets {1:.2f}; tuvāk 1 = skaidrāk nodalītas). Noklikšķiniet uz grupas, lai redzētu tās klientus.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Apraksts</translation>
    </message>
    <message>
        <source>Main country</source>
        <translation>Galvenā valsts</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln klients</numerusform>
            <numerusform>%Ln klienti</numerusform>
            <numerusform>%Ln klientu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Save owner&apos;s report…</source>
        <translation>Saglabāt īpašnieka pārskatu…</translation>
    </message>
    <message>
        <source>A PDF with these figures, every chart and what to do next</source>
        <translation>PDF ar šiem skaitļiem, visām diagrammām un nākamajiem soļiem</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Pārskats</translation>
    </message>
    <message>
        <source>Revenue and orders by month</source>
        <translation>Ieņēmumi un pasūtījumi pa mēnešiem</translation>
    </message>
    <message>
        <source>Customer segments: how many, and their share of revenue</source>
        <translation>Klientu segmenti: cik to ir un kāda ir to daļa ieņēmumos</translation>
    </message>
    <message>
        <source>Recency × frequency: where your customers are</source>
        <translation>Nesenums × biežums: kur atrodas jūsu klienti</translation>
    </message>
    <message>
        <source>Do customers come back? Retention by month of first order</source>
        <translation>Vai klienti atgriežas? Noturēšana pēc pirmā pasūtījuma mēneša</translation>
    </message>
    <message>
        <source>How long between orders? Your shop&apos;s buying cycle</source>
        <translation>Cik ilgi starp pasūtījumiem? Jūsu veikala pirkšanas cikls</translation>
    </message>
    <message>
        <source>Best-selling products by revenue</source>
        <translation>Vislabāk pārdotās preces pēc ieņēmumiem</translation>
    </message>
    <message>
        <source>Products most often bought together</source>
        <translation>Preces, ko visbiežāk pērk kopā</translation>
    </message>
    <message>
        <source>Which products go together</source>
        <translation>Kuras preces iet kopā</translation>
    </message>
    <message>
        <source>Predicted customer value over the next 12 months</source>
        <translation>Prognozētā klientu vērtība nākamajos 12 mēnešos</translation>
    </message>
    <message>
        <source>Can you trust the predictions? Predicted vs actual in a test period</source>
        <translation>Vai prognozēm var uzticēties? Prognozētais pret faktisko testa periodā</translation>
    </message>
    <message>
        <source>Do the recommendations work? App vs best-sellers vs random</source>
        <translation>Vai ieteikumi strādā? Lietotne pret populārākajām precēm pret nejaušām</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Jauni klienti</translation>
    </message>
    <message>
        <source>Returning customers</source>
        <translation>Atgriezušies klienti</translation>
    </message>
    <message>
        <source>Guests (no customer)</source>
        <translation>Viesi (bez klienta)</translation>
    </message>
    <message>
        <source>Orders (right axis)</source>
        <translation>Pasūtījumi (labā ass)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pasūtījumi</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mēnesis</translation>
    </message>
    <message>
        <source>Month (the last month runs only to {day})</source>
        <translation>Mēnesis (pēdējais mēnesis tikai līdz {day})</translation>
    </message>
    <message>
        <source>Revenue ({currency})</source>
        <translation>Ieņēmumi ({currency})</translation>
    </message>
    <message>
        <source>Orders with both products (× chance: how much more often than at random)</source>
        <translation>Pasūtījumi ar abām precēm (× nejaušība: cik reizes biežāk nekā nejauši)</translation>
    </message>
    <message>
        <source>{orders:,} orders · {lift:.0f}× chance</source>
        <translation>pas.: {orders:,} · {lift:.0f}× nejaušība</translation>
    </message>
    <message>
        <source>Repeat orders</source>
        <translation>Atkārtoti pasūtījumi</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>pas.</translation>
    </message>
    <message>
        <source>Days to the customer&apos;s next order (last bar: {cap:.0f}+)</source>
        <translation>Dienas līdz klienta nākamajam pasūtījumam (pēdējais stabiņš: {cap:.0f}+)</translation>
    </message>
    <message>
        <source>Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec</source>
        <translation>jan feb mar apr mai jūn jūl aug sep okt nov dec</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienti</translation>
    </message>
    <message>
        <source>Share of revenue (%)</source>
        <translation>Daļa no ieņēmumiem (%)</translation>
    </message>
    <message>
        <source>Recency score (5 = bought most recently)</source>
        <translation>Nesenuma vērtējums (5 = pirka pavisam nesen)</translation>
    </message>
    <message>
        <source>Frequency score (5 = buys most often)</source>
        <translation>Biežuma vērtējums (5 = pērk visbiežāk)</translation>
    </message>
    <message>
        <source>Months after the first order</source>
        <translation>Mēneši pēc pirmā pasūtījuma</translation>
    </message>
    <message>
        <source>Month of first order (number of new customers)</source>
        <translation>Pirmā pasūtījuma mēnesis (jauno klientu skaits)</translation>
    </message>
    <message>
        <source>% of the month&apos;s new customers who ordered</source>
        <translation>% no mēneša jaunajiem klientiem, kas pasūtīja</translation>
    </message>
    <message>
        <source>Half of repeat orders come within {days:.0f} days</source>
        <translation>Puse atkārtoto pasūtījumu pienāk {days:.0f} dienu laikā</translation>
    </message>
    <message>
        <source>Three in four come within {days:.0f} days</source>
        <translation>Trīs no četriem — {days:.0f} dienu laikā</translation>
    </message>
    <message>
        <source>A thicker line means the two products share more orders.</source>
        <translation>Jo resnāka līnija, jo biežāk abi produkti ir vienā pasūtījumā.</translation>
    </message>
    <message>
        <source>Typical customer: {value}</source>
        <translation>Tipisks klients: {value}</translation>
    </message>
    <message>
        <source>Top 10 % are worth {value} or more</source>
        <translation>Labākie 10 % ir vērti {value} vai vairāk</translation>
    </message>
    <message>
        <source>Predicted value per customer ({currency}); last bar: {cap} or more</source>
        <translation>Prognozētā klienta vērtība ({currency}); pēdējais stabiņš: {cap} vai vairāk</translation>
    </message>
    <message>
        <source>What customers actually did</source>
        <translation>Ko klienti patiešām darīja</translation>
    </message>
    <message>
        <source>What the model predicted</source>
        <translation>Ko prognozēja modelis</translation>
    </message>
    <message>
        <source>Repeat orders before the test period (customers in the group)</source>
        <translation>Atkārtoti pasūtījumi pirms testa perioda (klienti grupā)</translation>
    </message>
    <message>
        <source>Orders per customer in the last {weeks} weeks</source>
        <translation>Pasūtījumi uz klientu pēdējās {weeks} nedēļās</translation>
    </message>
    <message>
        <source>Fitted on the history up to {end} and tested on the last {weeks} weeks: the model expected {predicted:,.0f} repeat orders from {customers:,} customers and they placed {actual:,.0f} ({percent:.0f} % {direction}); per customer it was off by {mae:.2f} orders on average.</source>
        <translation>Pielāgots vēsturei līdz {end} un pārbaudīts pēdējās {weeks} nedēļās: modelis gaidīja {predicted:,.0f} atkārtotus pasūtījumus no {customers:,} klientiem, un viņi veica {actual:,.0f} ({percent:.0f} % {direction}); uz klientu tas vidēji kļūdījās par {mae:.2f} pasūtījumiem.</translation>
    </message>
    <message>
        <source>more predicted than actual</source>
        <translation>prognozēts vairāk nekā patiesībā</translation>
    </message>
    <message>
        <source>fewer predicted than actual</source>
        <translation>prognozēts mazāk nekā patiesībā</translation>
    </message>
    <message>
        <source>This app</source>
        <translation>Šī lietotne</translation>
    </message>
    <message>
        <source>Best-sellers</source>
        <translation>Pārdotākie</translation>
    </message>
    <message>
        <source>Random products</source>
        <translation>Nejauši produkti</translation>
    </message>
    <message>
        <source>Bought one of the 10 suggestions (%)</source>
        <translation>Nopirka vienu no 10 ieteikumiem (%)</translation>
    </message>
    <message>
        <source>Tested on {n:,} customers who bought again in the last 12 weeks; each method names 10 products per customer</source>
        <translation>Pārbaudīts ar {n:,} klientiem, kas pēdējās 12 nedēļās pirka atkārtoti; katra metode nosauc 10 produktus katram klientam</translation>
    </message>
    <message>
        <source>No orders yet: import your shop&apos;s orders to see revenue by month.</source>
        <translation>Pasūtījumu vēl nav: importējiet veikala pasūtījumus, lai redzētu ieņēmumus pa mēnešiem.</translation>
    </message>
    <message>
        <source>No customers with orders yet, so there are no segments to show.</source>
        <translation>Vēl nav neviena klienta ar pasūtījumiem, tāpēc segmentu nav.</translation>
    </message>
    <message>
        <source>Segments compare customers with each other, so they need at least 5 customers with orders; this shop has {customers:,} so far.</source>
        <translation>Segmenti salīdzina klientus savā starpā, tāpēc vajag vismaz 5 klientus ar pasūtījumiem; šim veikalam pagaidām ir {customers:,}.</translation>
    </message>
    <message>
        <source>At least 5 customers with orders are needed for the recency × frequency grid.</source>
        <translation>Nesenuma × biežuma režģim vajag vismaz 5 klientus ar pasūtījumiem.</translation>
    </message>
    <message>
        <source>At least two months of orders are needed to see whether customers come back.</source>
        <translation>Lai redzētu, vai klienti atgriežas, vajag pasūtījumus vismaz par diviem mēnešiem.</translation>
    </message>
    <message>
        <source>Too few repeat orders yet to show how long customers take to come back.</source>
        <translation>Pagaidām par maz atkārtotu pasūtījumu, lai parādītu, pēc cik ilga laika klienti atgriežas.</translation>
    </message>
    <message>
        <source>No products sold yet.</source>
        <translation>Vēl nav pārdots neviens produkts.</translation>
    </message>
    <message>
        <source>All sales are one product, {name}: {revenue} from {orders:,} orders.</source>
        <translation>Visa pārdošana ir viens produkts, {name}: {revenue} no {orders:,} pasūtījumiem.</translation>
    </message>
    <message>
        <source>No two products were bought together in two or more orders yet, so there are no pairs to show.</source>
        <translation>Neviens produktu pāris vēl nav pirkts kopā divos vai vairāk pasūtījumos, tāpēc pāru nav.</translation>
    </message>
    <message>
        <source>Your shop sells a single product, so there are no products bought together to show.</source>
        <translation>Jūsu veikals pārdod vienu produktu, tāpēc nav kopā pirktu produktu.</translation>
    </message>
    <message>
        <source>Too few customers to predict their value yet.</source>
        <translation>Pagaidām par maz klientu, lai prognozētu viņu vērtību.</translation>
    </message>
    <message>
        <source>Not enough history to test the predictions yet.</source>
        <translation>Pagaidām par īsu vēsture, lai pārbaudītu prognozes.</translation>
    </message>
    <message>
        <source>With only one product, ten suggestions name the whole shop, so there is nothing to compare yet.</source>
        <translation>Ar vienu produktu desmit ieteikumi aptver visu veikalu, tāpēc pagaidām nav ko salīdzināt.</translation>
    </message>
    <message>
        <source>With only {products} products, ten suggestions name the whole shop, so there is nothing to compare yet.</source>
        <translation>Ar tikai {products} produktiem desmit ieteikumi aptver visu veikalu, tāpēc pagaidām nav ko salīdzināt.</translation>
    </message>
    <message>
        <source>Not enough orders to test the recommendations yet.</source>
        <translation>Pagaidām par maz pasūtījumu, lai pārbaudītu ieteikumus.</translation>
    </message>
    <message>
        <source>This chart is not available yet in this version of Shopkeeper.</source>
        <translation>Šis grafiks šajā Shopkeeper versijā vēl nav pieejams.</translation>
    </message>
    <message>
        <source>Orders from {first} to {last} · currency {currency}</source>
        <translation>Pasūtījumi no {first} līdz {last} · valūta {currency}</translation>
    </message>
    <message>
        <source>No orders imported yet.</source>
        <translation>Vēl nav importēts neviens pasūtījums.</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Ko darīt tālāk</translation>
    </message>
    <message>
        <source>Owner&apos;s report: {shop}</source>
        <translation>Īpašnieka pārskats: {shop}</translation>
    </message>
    <message>
        <source>Import your shop&apos;s orders to get suggestions.</source>
        <translation>Importējiet veikala pasūtījumus, lai saņemtu ieteikumus.</translation>
    </message>
    <message>
        <source>{count} customers due for a win-back offer: silent for at least twice as long as they usually wait between orders.</source>
        <translation>Klienti, kuriem pienācis laiks atgriešanas piedāvājumam: {count}. Viņi klusē vismaz divreiz ilgāk, nekā parasti gaida starp pasūtījumiem.</translation>
    </message>
    <message>
        <source>{count} customers due for a win-back offer: silent for at least twice as long as they usually wait between orders (they spent {money} with you so far).</source>
        <translation>Klienti, kuriem pienācis laiks atgriešanas piedāvājumam: {count}. Viņi klusē vismaz divreiz ilgāk, nekā parasti gaida starp pasūtījumiem (līdz šim pie jums iztērējuši {money}).</translation>
    </message>
    <message>
        <source>{count} valuable customers at risk of leaving: contact them personally before they go quiet.</source>
        <translation>Vērtīgi klienti, kuri var aiziet: {count}. Sazinieties ar viņiem personīgi, pirms viņi pavisam apklust.</translation>
    </message>
    <message>
        <source>Thank your {count} VIP customers with early access or a personal note.</source>
        <translation>Pateicieties saviem VIP klientiem ({count}) ar agru piekļuvi vai personīgu ziņu.</translation>
    </message>
    <message>
        <source>{count} customers bought once in the last 90 days: invite them back to make them regulars.</source>
        <translation>Klienti, kuri pēdējās 90 dienās pirka vienu reizi: {count}. Aiciniet viņus atgriezties, lai viņi kļūtu par pastāvīgajiem klientiem.</translation>
    </message>
    <message>
        <source>{count} customers bought once in the last 90 days: invite them back within about {days} days to make them regulars.</source>
        <translation>Klienti, kuri pēdējās 90 dienās pirka vienu reizi: {count}. Aiciniet viņus atgriezties aptuveni {days} dienu laikā, lai viņi kļūtu par pastāvīgajiem klientiem.</translation>
    </message>
    <message>
        <source>Offer &quot;{first}&quot; with &quot;{second}&quot;: bought together in {orders} orders, {lift}× more often than chance.</source>
        <translation>Piedāvājiet “{first}” kopā ar “{second}”: pirkti kopā {orders} pasūtījumos, {lift}× biežāk nekā nejauši.</translation>
    </message>
    <message>
        <source>Keep &quot;{product}&quot; in stock: your top seller ({money} from {orders} orders).</source>
        <translation>Uzturiet “{product}” krājumā: jūsu pārdotākā prece ({money}, pasūtījumu: {orders}).</translation>
    </message>
    <message>
        <source>Everyone who placed at least one order. Click to see the list.</source>
        <translation>Visi, kuri veikuši vismaz vienu pasūtījumu. Noklikšķiniet, lai redzētu sarakstu.</translation>
    </message>
    <message>
        <source>Repeat customers</source>
        <translation>Atkārtoti klienti</translation>
    </message>
    <message>
        <source>The share of customers who ordered more than once: the heart of a healthy shop. Click to see them.</source>
        <translation>To klientu daļa, kuri pasūtījuši vairāk nekā vienu reizi: veselīga veikala sirds. Noklikšķiniet, lai viņus redzētu.</translation>
    </message>
    <message>
        <source>Revenue, last 30 days</source>
        <translation>Ieņēmumi, pēdējās 30 dienas</translation>
    </message>
    <message>
        <source>Revenue, last 90 days</source>
        <translation>Ieņēmumi, pēdējās 90 dienas</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>Vidējais pasūtījums</translation>
    </message>
    <message>
        <source>Customers at risk</source>
        <translation>Klienti riska zonā</translation>
    </message>
    <message>
        <source>Repeat customers who have been silent for much longer than usual for them. Click to see who.</source>
        <translation>Atkārtoti klienti, kuri klusē daudz ilgāk nekā parasti. Noklikšķiniet, lai redzētu, kuri.</translation>
    </message>
    <message>
        <source>VIP customers</source>
        <translation>VIP klienti</translation>
    </message>
    <message>
        <source>Your best customers by spend. Click to see who.</source>
        <translation>Jūsu labākie klienti pēc tēriņiem. Noklikšķiniet, lai redzētu, kuri.</translation>
    </message>
    <message>
        <source>Open or import a shop to see how it is doing.</source>
        <translation>Atveriet vai importējiet veikalu, lai redzētu, kā tam klājas.</translation>
    </message>
    <message>
        <source>No shop open.</source>
        <translation>Neviens veikals nav atvērts.</translation>
    </message>
    <message>
        <source>How %1 is doing</source>
        <translation>Kā klājas %1</translation>
    </message>
    <message>
        <source>Made by Shopkeeper on {today}. Revenue is sales after discounts and refunds, without shipping and tax; cancelled orders and returns are left out.</source>
        <translation>Sagatavojis Shopkeeper {today}. Ieņēmumi ir pārdošana pēc atlaidēm un atmaksām, bez piegādes un nodokļiem; atceltie pasūtījumi un atgriešanas nav ieskaitīti.</translation>
    </message>
    <message>
        <source>Sales after discounts and refunds, without shipping and tax, in the 30 days up to the last order in your data, compared with the 30 days before.</source>
        <translation>Pārdošana pēc atlaidēm un atmaksām, bez piegādes un nodokļiem, 30 dienās līdz pēdējam pasūtījumam jūsu datos, salīdzinot ar iepriekšējām 30 dienām.</translation>
    </message>
    <message>
        <source>Sales after discounts and refunds, without shipping and tax, in the 90 days up to the last order in your data, compared with the 90 days before.</source>
        <translation>Pārdošana pēc atlaidēm un atmaksām, bez piegādes un nodokļiem, 90 dienās līdz pēdējam pasūtījumam jūsu datos, salīdzinot ar iepriekšējām 90 dienām.</translation>
    </message>
    <message>
        <source>Sales after discounts and refunds (without shipping and tax) divided by the number of orders.</source>
        <translation>Pārdošana pēc atlaidēm un atmaksām (bez piegādes un nodokļiem), dalīta ar pasūtījumu skaitu.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Ielādē…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Apturēts.</translation>
    </message>
    <message>
        <source>Stopped before this chart was drawn.</source>
        <translation>Apturēts, pirms šis grafiks tika uzzīmēts.</translation>
    </message>
    <message>
        <source>Could not load the dashboard</source>
        <translation>Neizdevās ielādēt pārskatu</translation>
    </message>
    <message>
        <source>Working out the customer lists…</source>
        <translation>Tiek sagatavoti klientu saraksti…</translation>
    </message>
    <message>
        <source>Could not open the list</source>
        <translation>Neizdevās atvērt sarakstu</translation>
    </message>
    <message>
        <source>Save owner&apos;s report</source>
        <translation>Saglabāt īpašnieka pārskatu</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF dokuments (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Raksta pārskatu…</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Pārskats saglabāts: %1</translation>
    </message>
    <message>
        <source>Owner&apos;s report</source>
        <translation>Īpašnieka pārskats</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>Pārskats saglabāts: %1.</translation>
    </message>
    <message>
        <source>Could not write the report</source>
        <translation>Neizdevās izveidot pārskatu</translation>
    </message>
    <message>
        <source>Writing the owner&apos;s report</source>
        <translation>Īpašnieka pārskata veidošana</translation>
    </message>
</context>
<context>
    <name>ExplainLink</name>
    <message>
        <source>What does this mean?</source>
        <translation>Ko tas nozīmē?</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>Choose the file(s) to import</source>
        <translation>Izvēlieties importējamo(s) failu(s)</translation>
    </message>
    <message>
        <source>An export from Shopify, WooCommerce, PrestaShop, Olist, CDNOW, Online Retail, or any spreadsheet (CSV or XLSX). For a set of files that belong together (orders, items, customers, products), choose them all. You can also drop files here.</source>
        <translation>Eksports no Shopify, WooCommerce, PrestaShop, Olist, CDNOW, Online Retail vai jebkura izklājlapa (CSV vai XLSX). Ja vairāki faili ir saistīti (pasūtījumi, pozīcijas, klienti, preces), izvēlieties tos visus. Failus var arī ievilkt šeit.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Pievienot failus…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Noņemt</translation>
    </message>
    <message>
        <source>1 file, {0}.</source>
        <translation>1 fails, {0}.</translation>
    </message>
    <message>
        <source>{0} files, {1} in all.</source>
        <translation>Faili: {0}, kopā {1}.</translation>
    </message>
    <message>
        <source>Choose shop exports</source>
        <translation>Izvēlieties veikala eksportus</translation>
    </message>
</context>
<context>
    <name>FirstVisitGuide</name>
    <message>
        <source>Your shop at a glance: sales, customers and what changed. Click a headline to see the customers behind it.</source>
        <translation>Jūsu veikals vienā skatienā: pārdošana, klienti un izmaiņas. Noklikšķiniet uz rādītāja, lai redzētu klientus aiz tā.</translation>
    </message>
    <message>
        <source>Bring in your orders: drop an export file from your shop here, or click Import. Importing the same file again does not create duplicates.</source>
        <translation>Ievadiet savus pasūtījumus: ievelciet šeit veikala eksporta failu vai noklikšķiniet uz Importēt. Tā paša faila atkārtots imports nerada dublikātus.</translation>
    </message>
    <message>
        <source>Every customer with their orders and spending. Search by name or e-mail; double-click a customer to see their whole history.</source>
        <translation>Katrs klients ar pasūtījumiem un tēriņiem. Meklējiet pēc vārda vai e-pasta; veiciet dubultklikšķi uz klienta, lai redzētu visu viņa vēsturi.</translation>
    </message>
    <message>
        <source>Customers grouped by how recently, how often and how much they buy: look after your Champions, win back those At risk.</source>
        <translation>Klienti grupēti pēc tā, cik nesen, cik bieži un par cik viņi pērk: rūpējieties par Čempioniem, atgūstiet Apdraudētos.</translation>
    </message>
    <message>
        <source>What each customer is likely to spend in the coming months, and who may be about to stop buying.</source>
        <translation>Cik katrs klients, visticamāk, iztērēs nākamajos mēnešos un kurš varētu drīz pārstāt pirkt.</translation>
    </message>
    <message>
        <source>Products that are bought together. Use them for &quot;customers who bought this also bought&quot; suggestions and bundles.</source>
        <translation>Preces, ko pērk kopā. Izmantojiet tās ieteikumiem „klienti, kas nopirka šo, nopirka arī” un komplektiem.</translation>
    </message>
    <message>
        <source>Charts of what matters for your shop. Hover for details; save any chart as a picture.</source>
        <translation>Diagrammas par to, kas svarīgs jūsu veikalam. Novietojiet kursoru, lai redzētu sīkāk; jebkuru diagrammu var saglabāt kā attēlu.</translation>
    </message>
    <message>
        <source>Pick a group of customers and an offer, and save a file ready for Mailchimp, Klaviyo or Shopify.</source>
        <translation>Izvēlieties klientu grupu un piedāvājumu un saglabājiet failu, kas gatavs Mailchimp, Klaviyo vai Shopify.</translation>
    </message>
    <message>
        <source>A one-page summary of your shop to print or share.</source>
        <translation>Vienas lapas kopsavilkums par jūsu veikalu izdrukāšanai vai kopīgošanai.</translation>
    </message>
    <message>
        <source>First time here?</source>
        <translation>Pirmo reizi šeit?</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Skaidrs</translation>
    </message>
</context>
<context>
    <name>HiddenDialog</name>
    <message>
        <source>Hidden from suggestions</source>
        <translation>Paslēpts no ieteikumiem</translation>
    </message>
    <message>
        <source>Products and pairs you chose never to show. Tick them and press &quot;Show again&quot; to bring them back.</source>
        <translation>Preces un pāri, ko izvēlējāties nekad nerādīt. Atzīmējiet tos un nospiediet “Rādīt atkal”, lai tos atgrieztu.</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Rādīt atkal</translation>
    </message>
    <message>
        <source>Never suggest products from these categories:</source>
        <translation>Nekad neieteikt preces no šīm kategorijām:</translation>
    </message>
    <message>
        <source>Your products have no categories in the imported files.</source>
        <translation>Importētajos failos jūsu precēm nav kategoriju.</translation>
    </message>
    <message>
        <source>%1 — everywhere</source>
        <translation>%1 — visur</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 kopā ar %2</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Importing</source>
        <translation>Importē</translation>
    </message>
    <message>
        <source>You can cancel: the shop then stays exactly as it was.</source>
        <translation>Varat atcelt: tad veikals paliks tieši tāds, kāds bija.</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Atcelt importu</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Mēģināt vēlreiz</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Sāk…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Atceļ…</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Pabeigts.</translation>
    </message>
    <message>
        <source>You can try again, or close this window; the shop is unchanged.</source>
        <translation>Varat mēģināt vēlreiz vai aizvērt šo logu; veikals nav mainīts.</translation>
    </message>
</context>
<context>
    <name>ImportView</name>
    <message>
        <source>Import orders or customers…</source>
        <translation>Importēt pasūtījumus vai klientus…</translation>
    </message>
    <message>
        <source>Earlier imports</source>
        <translation>Iepriekšējie importi</translation>
    </message>
    <message>
        <source>Nothing imported yet.</source>
        <translation>Vēl nekas nav importēts.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>No shop is open</source>
        <translation>Neviens veikals nav atvērts</translation>
    </message>
    <message>
        <source>Use File → New shop or Open shop first.</source>
        <translation>Vispirms izmantojiet Fails → Jauns veikals vai Atvērt veikalu.</translation>
    </message>
    <message>
        <source>Bring in your shop&apos;s orders</source>
        <translation>Ievadiet sava veikala pasūtījumus</translation>
    </message>
    <message>
        <source>Export your orders from Shopify, WooCommerce, PrestaShop or any spreadsheet as CSV or XLSX, then import the file here. Your data stays on this computer.</source>
        <translation>Eksportējiet pasūtījumus no Shopify, WooCommerce, PrestaShop vai jebkuras izklājlapas kā CSV vai XLSX un pēc tam importējiet failu šeit. Jūsu dati paliek šajā datorā.</translation>
    </message>
    <message>
        <source>Import more data</source>
        <translation>Importēt vairāk datu</translation>
    </message>
    <message>
        <source>Importing the same file again adds nothing twice; newer exports update changed orders.</source>
        <translation>Tā paša faila atkārtots imports neko nedublē; jaunāki eksporti atjaunina mainītos pasūtījumus.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fails</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formāts</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rindas</translation>
    </message>
    <message>
        <source>Orders added</source>
        <translation>Pievienoti pasūtījumi</translation>
    </message>
    <message>
        <source>Orders updated</source>
        <translation>Atjaunināti pasūtījumi</translation>
    </message>
    <message>
        <source>Lines added</source>
        <translation>Pievienotas pozīcijas</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Jauni klienti</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Izlaistas</translation>
    </message>
    <message>
        <source>Why skipped</source>
        <translation>Kāpēc izlaistas</translation>
    </message>
    <message>
        <source>Choose a shop export</source>
        <translation>Izvēlieties veikala eksportu</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importē…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Imports neizdevās</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>{0} (&apos;{1}&apos;)</source>
        <translation>{0} (“{1}”)</translation>
    </message>
    <message>
        <source>Shopkeeper does not recognise the columns of {0}: they look most like a {1}, but the file has no column for {2}. Choose the format, or map the columns by hand.</source>
        <translation>Shopkeeper neatpazīst faila {0} kolonnas: tās visvairāk līdzinās formātam {1}, bet failā nav kolonnas šim: {2}. Izvēlieties formātu vai piesaistiet kolonnas ar roku.</translation>
    </message>
    <message>
        <source>Shopkeeper does not recognise the columns of {0}. Choose the format, or map the columns by hand.</source>
        <translation>Shopkeeper neatpazīst faila {0} kolonnas. Izvēlieties formātu vai piesaistiet kolonnas ar roku.</translation>
    </message>
    <message>
        <source>Nothing can be imported from {0}: all {1} rows are skipped because {2}.</source>
        <translation>No {0} neko nevar importēt: visas {1} rindas tiek izlaistas, jo {2}.</translation>
    </message>
    <message>
        <source>Nothing can be imported from {0}: all {1} rows are skipped because the file has no column for {2}, which a {3} has. Choose the right format, or map the columns by hand.</source>
        <translation>No {0} neko nevar importēt: visas {1} rindas tiek izlaistas, jo failā nav kolonnas šim: {2}, kas ir formātā {3}. Izvēlieties pareizo formātu vai piesaistiet kolonnas ar roku.</translation>
    </message>
    <message>
        <source>Nothing can be imported from {0}: all {1} rows are skipped ({2}).</source>
        <translation>No {0} neko nevar importēt: visas {1} rindas tiek izlaistas ({2}).</translation>
    </message>
    <message>
        <source>{0} bytes</source>
        <translation>{0} B</translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>{0} KB</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} MB</translation>
    </message>
    <message>
        <source>{0} GB</source>
        <translation>{0} GB</translation>
    </message>
    <message>
        <source>a few seconds</source>
        <translation>dažas sekundes</translation>
    </message>
    <message>
        <source>about {0} seconds</source>
        <translation>aptuveni {0} s</translation>
    </message>
    <message>
        <source>about {0} minutes</source>
        <translation>aptuveni {0} min</translation>
    </message>
    <message>
        <source>about {0} hours</source>
        <translation>aptuveni {0} st.</translation>
    </message>
    <message>
        <source>Size: {0}</source>
        <translation>Izmērs: {0}</translation>
    </message>
    <message>
        <source>{0} rows</source>
        <translation>rindas: {0}</translation>
    </message>
    <message>
        <source>about {0} rows</source>
        <translation>aptuveni {0} rindu</translation>
    </message>
    <message>
        <source>Checking it takes {0}, importing {1}.</source>
        <translation>Pārbaude aizņems {0}, imports {1}.</translation>
    </message>
    <message>
        <source>Import shop data</source>
        <translation>Veikala datu imports</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Shopkeeper</source>
        <translation>Shopkeeper</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Atrast klientu</translation>
    </message>
    <message>
        <source>Name, e-mail or customer number; press Enter (Ctrl+F from anywhere)</source>
        <translation>Vārds, e-pasts vai klienta numurs; nospiediet Enter (Ctrl+F no jebkuras vietas)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fails</translation>
    </message>
    <message>
        <source>&amp;New shop…</source>
        <translation>&amp;Jauns veikals…</translation>
    </message>
    <message>
        <source>&amp;Open shop…</source>
        <translation>&amp;Atvērt veikalu…</translation>
    </message>
    <message>
        <source>Open the &amp;demo shop</source>
        <translation>Atvērt &amp;demonstrācijas veikalu</translation>
    </message>
    <message>
        <source>&amp;Import orders…</source>
        <translation>&amp;Importēt pasūtījumus…</translation>
    </message>
    <message>
        <source>&amp;Recent shops</source>
        <translation>&amp;Nesenie veikali</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Iz&amp;iet</translation>
    </message>
    <message>
        <source>&amp;Find a customer…</source>
        <translation>&amp;Atrast klientu…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Iestatījumi…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Palīdzība</translation>
    </message>
    <message>
        <source>Show the &amp;guides again</source>
        <translation>Rādīt &amp;padomus vēlreiz</translation>
    </message>
    <message>
        <source>&amp;About Shopkeeper</source>
        <translation>&amp;Par Shopkeeper</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(vēl nav)</translation>
    </message>
    <message>
        <source>No shop open</source>
        <translation>Nav atvērta veikala</translation>
    </message>
    <message>
        <source>{name} — counting the records on file…</source>
        <translation>{name} — skaita ierakstus failā…</translation>
    </message>
    <message>
        <source>{name} — on file: {customers} customers, {orders} orders ({returns} returns, {cancelled} cancelled)</source>
        <translation>{name} — failā: klienti: {customers}, pasūtījumi: {orders} (atgriezumi: {returns}, atcelti: {cancelled})</translation>
    </message>
    <message>
        <source>{path}
Every customer and order record in the shop file. The dashboard counts purchases (orders not cancelled and not only returns) and the customers who made one.</source>
        <translation>{path}
Visi klientu un pasūtījumu ieraksti veikala failā. Pārskats skaita pirkumus (pasūtījumus, kas nav atcelti un nav tikai atgriezumi) un klientus, kas tos veikuši.</translation>
    </message>
    <message>
        <source>Shopkeeper — {0}</source>
        <translation>Shopkeeper — {0}</translation>
    </message>
    <message>
        <source>Could not open the shop</source>
        <translation>Neizdevās atvērt veikalu</translation>
    </message>
    <message>
        <source>Could not open the demo shop</source>
        <translation>Neizdevās atvērt demonstrācijas veikalu</translation>
    </message>
    <message>
        <source>Open a shop</source>
        <translation>Atvērt veikalu</translation>
    </message>
    <message>
        <source>New shop</source>
        <translation>Jauns veikals</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Say which column holds what</source>
        <translation>Norādiet, kas ir katrā kolonnā</translation>
    </message>
    <message>
        <source>Fields marked * are required. Shopkeeper remembers this for files with the same columns.</source>
        <translation>Ar * atzīmētie lauki ir obligāti. Shopkeeper to atcerēsies failiem ar tām pašām kolonnām.</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— nav failā —</translation>
    </message>
    <message>
        <source>{0}   (e.g. {1})</source>
        <translation>{0}   (piem., {1})</translation>
    </message>
</context>
<context>
    <name>OffersView</name>
    <message>
        <source>Offer files</source>
        <translation>Piedāvājumu faili</translation>
    </message>
    <message>
        <source>Shop snippets</source>
        <translation>Veikala fragmenti</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampaņa</translation>
    </message>
    <message>
        <source>Mailchimp audience (CSV)</source>
        <translation>Mailchimp auditorija (CSV)</translation>
    </message>
    <message>
        <source>Klaviyo list (CSV)</source>
        <translation>Klaviyo saraksts (CSV)</translation>
    </message>
    <message>
        <source>Shopify customer tags (CSV)</source>
        <translation>Shopify klientu birkas (CSV)</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Izklājlapa (CSV)</translation>
    </message>
    <message>
        <source>Excel (XLSX)</source>
        <translation>Excel (XLSX)</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>bez ierobežojuma</translation>
    </message>
    <message>
        <source>e.g. {first_name}, picked for you: {product_1}</source>
        <translation>piem., {first_name}, izvēlēts jums: {product_1}</translation>
    </message>
    <message>
        <source>sk-vip (from the audience when empty)</source>
        <translation>sk-vip (no auditorijas, ja tukšs)</translation>
    </message>
    <message>
        <source>Also include customers whose consent is not recorded</source>
        <translation>Iekļaut arī klientus, kuru piekrišana nav reģistrēta</translation>
    </message>
    <message>
        <source>Only if you know they agreed: unknown consent is not consent. Customers who said no are never included.</source>
        <translation>Tikai tad, ja zināt, ka viņi piekrita: nezināma piekrišana nav piekrišana. Klienti, kuri atteicās, netiek iekļauti nekad.</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Auditorija</translation>
    </message>
    <message>
        <source>File for</source>
        <translation>Fails priekš</translation>
    </message>
    <message>
        <source>VIP early access %</source>
        <translation>VIP agrīnā piekļuve %</translation>
    </message>
    <message>
        <source>Win-back %</source>
        <translation>Atgūšana %</translation>
    </message>
    <message>
        <source>At risk, high value %</source>
        <translation>Apdraudētie, augsta vērtība %</translation>
    </message>
    <message>
        <source>Everyone else %</source>
        <translation>Visi pārējie %</translation>
    </message>
    <message>
        <source>Your margin % (caps discounts at half)</source>
        <translation>Jūsu peļņas norma % (atlaide ne vairāk kā puse no tās)</translation>
    </message>
    <message>
        <source>No discount for customers who buy at full price</source>
        <translation>Bez atlaides klientiem, kuri pērk par pilnu cenu</translation>
    </message>
    <message>
        <source>Customers who rarely use a code or a sale price (under half of their orders) get the offer without a discount: they buy anyway, so a discount mostly costs you.</source>
        <translation>Klienti, kuri reti izmanto kodu vai akcijas cenu (mazāk nekā pusē pasūtījumu), saņem piedāvājumu bez atlaides: viņi pērk tik un tā, tāpēc atlaide jums galvenokārt izmaksā.</translation>
    </message>
    <message>
        <source>Scale each discount by the customer&apos;s predicted value</source>
        <translation>Pielāgot atlaidi klienta prognozētajai vērtībai</translation>
    </message>
    <message>
        <source>Customers expected to spend more get up to 1.5 times the tier&apos;s discount, those expected to spend less down to half of it, never above the margin cap.</source>
        <translation>Klienti, kuri pēc prognozes tērēs vairāk, saņem līdz 1,5 reizēm līmeņa atlaides, kuri tērēs mazāk — līdz pusei, nekad virs maržas robežas.</translation>
    </message>
    <message>
        <source>Control group %</source>
        <translation>Kontroles grupa %</translation>
    </message>
    <message>
        <source>The control group: customers chosen at random who do not get the offer, so that comparing them with those mailed shows what the offer really changed.</source>
        <translation>Kontroles grupa: nejauši izvēlēti klienti, kuri piedāvājumu nesaņem, lai salīdzinājums ar tiem, kam to nosūtīja, parādītu, ko piedāvājums patiešām mainīja.</translation>
    </message>
    <message>
        <source>Subject line</source>
        <translation>Temata rinda</translation>
    </message>
    <message>
        <source>Shopify tag</source>
        <translation>Shopify birka</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Priekšskatījums</translation>
    </message>
    <message>
        <source>Save files…</source>
        <translation>Saglabāt failus…</translation>
    </message>
    <message>
        <source>Choose an audience and press Preview.</source>
        <translation>Izvēlieties auditoriju un nospiediet Priekšskatījums.</translation>
    </message>
    <message>
        <source>Press Preview to see the first rows of the offer file here.</source>
        <translation>Nospiediet „Priekšskatījums”, lai šeit redzētu piedāvājuma faila pirmās rindas.</translation>
    </message>
    <message>
        <source>Open the Campaigns screen</source>
        <translation>Atvērt ekrānu Kampaņas</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dienas</translation>
    </message>
    <message>
        <source>audience, file and date when empty</source>
        <translation>ja tukšs: auditorija, fails un datums</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Kampaņas nosaukums</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Nosūtīšanas datums</translation>
    </message>
    <message>
        <source>Judge results after</source>
        <translation>Vērtēt rezultātus</translation>
    </message>
    <message>
        <source>No variants</source>
        <translation>Bez variantiem</translation>
    </message>
    <message>
        <source>2 variants</source>
        <translation>2 varianti</translation>
    </message>
    <message>
        <source>3 variants</source>
        <translation>3 varianti</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianti</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Atlaide</translation>
    </message>
    <message>
        <source>as above</source>
        <translation>kā augstāk</translation>
    </message>
    <message>
        <source>as the tiers</source>
        <translation>pēc līmeņiem</translation>
    </message>
    <message>
        <source>no product picks</source>
        <translation>bez produktu ieteikumiem</translation>
    </message>
    <message>
        <source>A unique coupon code for each customer</source>
        <translation>Atsevišķs atlaides kods katram klientam</translation>
    </message>
    <message>
        <source>no codes file</source>
        <translation>bez kodu faila</translation>
    </message>
    <message>
        <source>Shopify (Matrixify) codes file</source>
        <translation>Shopify (Matrixify) kodu fails</translation>
    </message>
    <message>
        <source>WooCommerce coupons file</source>
        <translation>WooCommerce kuponu fails</translation>
    </message>
    <message>
        <source>Code prefix</source>
        <translation>Koda prefikss</translation>
    </message>
    <message>
        <source>Codes file for</source>
        <translation>Kodu fails priekš</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Piedāvājumi</translation>
    </message>
    <message>
        <source>Working out the segments and countries…</source>
        <translation>Aprēķina segmentus un valstis…</translation>
    </message>
    <message>
        <source>Working out the customer lists and groups…</source>
        <translation>Sagatavo klientu sarakstus un grupas…</translation>
    </message>
    <message>
        <source>Working out the refills due and the customer groups…</source>
        <translation>Meklē klientus, kuriem laiks atkārtotam pirkumam, un sagatavo klientu grupas…</translation>
    </message>
    <message>
        <source>Could not load audiences</source>
        <translation>Neizdevās ielādēt auditorijas</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Saraksts</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Klasteris</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrs</translation>
    </message>
    <message>
        <source>{0}: {1} ({2} customers)</source>
        <translation>{0}: {1} (klienti: {2})</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Apturēts.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Strādā…</translation>
    </message>
    <message>
        <source>Nothing to preview: the sentence above says why.</source>
        <translation>Nav ko priekšskatīt: iemesls ir norādīts teikumā augstāk.</translation>
    </message>
    <message>
        <source>Could not make the offer</source>
        <translation>Neizdevās sagatavot piedāvājumu</translation>
    </message>
    <message>
        <source>{0}: {1} customers in the file, {2} held out as a control group.</source>
        <translation>{0}: klienti failā: {1}, kontroles grupā: {2}.</translation>
    </message>
    <message>
        <source>Left out because they did not accept marketing: {0}.</source>
        <translation>Izlaisti, jo nav piekrituši mārketingam: {0}.</translation>
    </message>
    <message>
        <source>Dropped by the file&apos;s rules: {0}.</source>
        <translation>Izslēgti pēc faila noteikumiem: {0}.</translation>
    </message>
    <message>
        <source>Estimated discount cost: {0:,.2f} {1} if everyone orders once ({2:,.2f} at {3:.0%} redemption).</source>
        <translation>Aptuvenās atlaižu izmaksas: {0:,.2f} {1}, ja katrs pasūta vienu reizi ({2:,.2f} pie {3:.0%} izmantošanas).</translation>
    </message>
    <message>
        <source>That is {0:,.2f} {1} less than the same discount for everyone.</source>
        <translation>Tas ir par {0:,.2f} {1} mazāk nekā tāda pati atlaide visiem.</translation>
    </message>
    <message>
        <source>VIP early access</source>
        <translation>VIP agrīna piekļuve</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>Klientu atgūšana</translation>
    </message>
    <message>
        <source>At risk, high value</source>
        <translation>Riskā, augsta vērtība</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Līmenis</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienti</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Atlaide %</translation>
    </message>
    <message>
        <source>Without discount</source>
        <translation>Bez atlaides</translation>
    </message>
    <message>
        <source>Cost ({0})</source>
        <translation>Izmaksas ({0})</translation>
    </message>
    <message>
        <source>Flat discount cost</source>
        <translation>Vienādas atlaides izmaksas</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Ietaupījums</translation>
    </message>
    <message>
        <source>Save the offer file</source>
        <translation>Saglabāt piedāvājuma failu</translation>
    </message>
    <message>
        <source>Files (*.{0})</source>
        <translation>Faili (*.{0})</translation>
    </message>
    <message>
        <source>Could not save the offer</source>
        <translation>Neizdevās saglabāt piedāvājumu</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Saglabāts: {0}</translation>
    </message>
    <message>
        <source>Also bought (HTML)</source>
        <translation>Pirka arī (HTML)</translation>
    </message>
    <message>
        <source>Also bought (Shopify Liquid)</source>
        <translation>Pirka arī (Shopify Liquid)</translation>
    </message>
    <message>
        <source>Also bought (WooCommerce)</source>
        <translation>Pirka arī (WooCommerce)</translation>
    </message>
    <message>
        <source>Bestsellers block</source>
        <translation>Populārāko preču bloks</translation>
    </message>
    <message>
        <source>VIP banner (HTML)</source>
        <translation>VIP baneris (HTML)</translation>
    </message>
    <message>
        <source>VIP banner (Shopify Liquid)</source>
        <translation>VIP baneris (Shopify Liquid)</translation>
    </message>
    <message>
        <source>top </source>
        <translation>labākās </translation>
    </message>
    <message>
        <source>The language of your shop&apos;s customers: the widget&apos;s texts and prices. It does not change Shopkeeper&apos;s own language.</source>
        <translation>Jūsu veikala klientu valoda: logrīka teksti un cenas. Tā nemaina Shopkeeper valodu.</translation>
    </message>
    <message>
        <source>Make snippet</source>
        <translation>Izveidot fragmentu</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>Kopēt starpliktuvē</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Saglabāt…</translation>
    </message>
    <message>
        <source>Preview in browser</source>
        <translation>Priekšskatīt pārlūkā</translation>
    </message>
    <message>
        <source>Write the snippet into a sample page in the shop&apos;s exports folder and open it in your web browser.</source>
        <translation>Ierakstīt fragmentu parauga lapā veikala eksporta mapē un atvērt to tīmekļa pārlūkā.</translation>
    </message>
    <message>
        <source>Widget</source>
        <translation>Logrīks</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Preces</translation>
    </message>
    <message>
        <source>Shop language</source>
        <translation>Veikala valoda</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Virsraksts</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Poga</translation>
    </message>
    <message>
        <source>Banner text</source>
        <translation>Banera teksts</translation>
    </message>
    <message>
        <source>Could not make the snippet</source>
        <translation>Neizdevās izveidot fragmentu</translation>
    </message>
    <message>
        <source>Where to paste this</source>
        <translation>Kur to ielīmēt</translation>
    </message>
    <message>
        <source>{0} bytes, no customer data.</source>
        <translation>{0} baiti, bez klientu datiem.</translation>
    </message>
    <message>
        <source>{0} products have recommendations.</source>
        <translation>Preces ar ieteikumiem: {0}.</translation>
    </message>
    <message>
        <source>A sample page made by Shopkeeper to show the snippet; it is not your shop.</source>
        <translation>Parauga lapa, ko Shopkeeper izveidoja fragmenta parādīšanai; tas nav jūsu veikals.</translation>
    </message>
    <message>
        <source>Could not write the preview page</source>
        <translation>Neizdevās ierakstīt priekšskatījuma lapu</translation>
    </message>
    <message>
        <source>Preview page: {0}</source>
        <translation>Priekšskatījuma lapa: {0}</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Nokopēts.</translation>
    </message>
    <message>
        <source>Save the snippet</source>
        <translation>Saglabāt fragmentu</translation>
    </message>
    <message>
        <source>Also bought (HTML + JavaScript)
Any shop: paste it on the product page where the cards should appear. Put the product&apos;s handle (the last part of its web address) in data-product=&quot;...&quot;, or leave it empty and the widget reads it from the address (/products/HANDLE or /product/HANDLE/).
Shopify: use the Liquid version instead - it fills in the product by itself.
WooCommerce: use the WooCommerce version.</source>
        <translation>Pirka arī (HTML + JavaScript)
Jebkurš veikals: ielīmējiet to preces lapā vietā, kur jāparādās kartītēm. Ierakstiet preces identifikatoru (tās tīmekļa adreses pēdējo daļu) laukā data-product=&quot;...&quot; vai atstājiet tukšu, un logrīks to nolasīs no adreses (/products/HANDLE vai /product/HANDLE/).
Shopify: izmantojiet Liquid versiju – tā preci aizpilda pati.
WooCommerce: izmantojiet WooCommerce versiju.</translation>
    </message>
    <message>
        <source>Also bought for Shopify (Liquid)
1. Shopify admin &gt; Online Store &gt; Themes &gt; Customize.
2. Open a product page template, click Add block (or Add section) &gt; Custom Liquid.
3. Paste the snippet into the Custom Liquid box and click Save.
It uses {{ product.handle }} to find the product, so nothing else needs changing.</source>
        <translation>Pirka arī Shopify veikalam (Liquid)
1. Shopify administrēšana &gt; Tiešsaistes veikals &gt; Motīvi &gt; Pielāgot.
2. Atveriet preces lapas veidni, noklikšķiniet Pievienot bloku (vai Pievienot sadaļu) &gt; Pielāgots Liquid.
3. Ielīmējiet fragmentu laukā Pielāgots Liquid un noklikšķiniet Saglabāt.
Preci tas atrod pēc {{ product.handle }}, tāpēc nekas cits nav jāmaina.</translation>
    </message>
    <message>
        <source>Also bought for WooCommerce (HTML block)
1. WordPress admin &gt; Appearance &gt; Editor (or Widgets) and open the Single Product template; or edit a product&apos;s description.
2. Add a Custom HTML block where the cards should appear and paste the snippet.
3. Save. The widget reads the product from the address (/product/NAME/).</source>
        <translation>Pirka arī WooCommerce veikalam (HTML bloks)
1. WordPress administrēšana &gt; Izskats &gt; Redaktors (vai Logrīki) un atveriet vienas preces veidni; vai rediģējiet preces aprakstu.
2. Pievienojiet bloku Pielāgots HTML vietā, kur jāparādās kartītēm, un ielīmējiet fragmentu.
3. Saglabājiet. Logrīks preci nolasa no adreses (/product/NOSAUKUMS/).</translation>
    </message>
    <message>
        <source>Bestsellers block (plain HTML, no script)
Shopify: Online Store &gt; Themes &gt; Customize &gt; Add section &gt; Custom Liquid (or Custom HTML), paste, Save.
WooCommerce: add a Custom HTML block to the home page or a landing page and paste.</source>
        <translation>Pārdotāko preču bloks (tīrs HTML, bez skripta)
Shopify: Tiešsaistes veikals &gt; Motīvi &gt; Pielāgot &gt; Pievienot sadaļu &gt; Pielāgots Liquid (vai Pielāgots HTML), ielīmējiet, Saglabājiet.
WooCommerce: pievienojiet bloku Pielāgots HTML sākumlapā vai piezemēšanās lapā un ielīmējiet.</translation>
    </message>
    <message>
        <source>VIP / welcome-back banner for Shopify (Liquid)
1. First import the Shopify customer file from Offers, so your customers carry the tag (for example sk-vip).
2. Online Store &gt; Themes &gt; Customize &gt; Header (or any section) &gt; Add block &gt; Custom Liquid; paste; Save.
Only signed-in customers with the tag see the message.</source>
        <translation>VIP / sveiciena reklāmkarogs Shopify veikalam (Liquid)
1. Vispirms importējiet Shopify klientu failu no sadaļas Piedāvājumi, lai jūsu klientiem būtu birka (piemēram, sk-vip).
2. Tiešsaistes veikals &gt; Motīvi &gt; Pielāgot &gt; Galvene (vai jebkura sadaļa) &gt; Pievienot bloku &gt; Pielāgots Liquid; ielīmējiet; Saglabājiet.
Ziņu redz tikai pierakstījušies klienti ar šo birku.</translation>
    </message>
    <message>
        <source>VIP / welcome-back banner (HTML + JavaScript)
The banner shows when the page (the &lt;html&gt; or &lt;body&gt; element, or any element) has the class named in data-sk-class, for example sk-vip. Your shop or a plugin must add that class for signed-in VIP customers.
WooCommerce: add a Custom HTML block to the header or a page and paste.
Shopify: use the Liquid version instead.</source>
        <translation>VIP / sveiciena reklāmkarogs (HTML + JavaScript)
Reklāmkarogs parādās, ja lapai (elementam &lt;html&gt; vai &lt;body&gt;, vai jebkuram elementam) ir klase, kas norādīta data-sk-class, piemēram, sk-vip. Jūsu veikalam vai spraudnim šī klase jāpievieno pierakstījušamies VIP klientiem.
WooCommerce: pievienojiet bloku Pielāgots HTML galvenē vai lapā un ielīmējiet.
Shopify: izmantojiet Liquid versiju.</translation>
    </message>
    <message>
        <source>Next, in Mailchimp: Audience &gt; Import contacts &gt; Upload a file, choose the offer file, match the columns (they are already named as merge fields: FNAME, DISCOUNT, REC1NAME …) and tag the contacts with the campaign&apos;s name. Then send your e-mail to that tag.</source>
        <translation>Tālāk Mailchimp: Audience &gt; Import contacts &gt; Upload a file, izvēlieties piedāvājuma failu, saskaņojiet kolonnas (tās jau nosauktas kā sapludināšanas lauki: FNAME, DISCOUNT, REC1NAME …) un piešķiriet kontaktiem birku ar kampaņas nosaukumu. Pēc tam sūtiet e-pastu šai birkai.</translation>
    </message>
    <message>
        <source>Next, in Klaviyo: Lists &amp; segments &gt; Create new &gt; List, then Import contacts and upload the offer file. The extra columns become profile properties you can use in the e-mail.</source>
        <translation>Tālāk Klaviyo: Lists &amp; segments &gt; Create new &gt; List, tad Import contacts un augšupielādējiet piedāvājuma failu. Papildu kolonnas kļūst par profila īpašībām, ko var izmantot e-pastā.</translation>
    </message>
    <message>
        <source>Next, in Shopify: Customers &gt; Import, upload the offer file and tick &quot;Overwrite existing customers&quot; so they get the tag (their existing tags are kept in the file). Then use the tag in Shopify Email or your e-mail app.</source>
        <translation>Tālāk Shopify: Customers &gt; Import, augšupielādējiet piedāvājuma failu un atzīmējiet &quot;Overwrite existing customers&quot;, lai klienti saņemtu birku (viņu esošās birkas failā saglabātas). Pēc tam izmantojiet birku Shopify Email vai savā e-pasta rīkā.</translation>
    </message>
    <message>
        <source>Next: import the file into your e-mail tool (it has one row per customer with their e-mail, name, discount and picks), or use it for a letter or phone campaign.</source>
        <translation>Tālāk: importējiet failu savā e-pasta rīkā (viena rinda katram klientam ar e-pastu, vārdu, atlaidi un ieteikumiem) vai izmantojiet to vēstuļu vai zvanu kampaņai.</translation>
    </message>
    <message>
        <source>Next: open the file in Excel or import it into your e-mail tool (one row per customer with their e-mail, name, discount and picks).</source>
        <translation>Tālāk: atveriet failu Excel vai importējiet to savā e-pasta rīkā (viena rinda katram klientam ar e-pastu, vārdu, atlaidi un ieteikumiem).</translation>
    </message>
    <message>
        <source>The .control.csv file lists the control group: customers chosen at random who must NOT get this offer. Do not upload or mail it. Comparing them with those mailed shows what the offer really did, beyond what customers would have bought anyway.</source>
        <translation>Failā .control.csv ir kontroles grupa: nejauši izvēlēti klienti, kuri šo piedāvājumu NEDRĪKST saņemt. Neaugšupielādējiet to un nesūtiet viņiem. Salīdzinot viņus ar tiem, kam sūtīja, redzams, ko piedāvājums patiešām deva papildus tam, ko klienti būtu nopirkuši tik un tā.</translation>
    </message>
    <message>
        <source>The .codes-shopify.csv file holds every customer&apos;s coupon code for a bulk import with the Matrixify app (Discounts); import it before sending, so the codes work at checkout.</source>
        <translation>Failā .codes-shopify.csv ir katra klienta atlaides kods masveida importam ar lietotni Matrixify (Discounts); importējiet to pirms nosūtīšanas, lai kodi darbotos pie apmaksas.</translation>
    </message>
    <message>
        <source>The .codes-woocommerce.csv file holds every customer&apos;s coupon (single use, limited to their e-mail) for a coupon import plugin; import it before sending, so the codes work at checkout.</source>
        <translation>Failā .codes-woocommerce.csv ir katra klienta kupons (vienreizējs, tikai viņa e-pastam) importam ar kuponu spraudni; importējiet to pirms nosūtīšanas, lai kodi darbotos pie apmaksas.</translation>
    </message>
    <message>
        <source>Results appear on the Campaigns screen once you import the orders placed after the send date.</source>
        <translation>Rezultāti parādīsies ekrānā Kampaņas, kad importēsiet pēc nosūtīšanas datuma veiktos pasūtījumus.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>The columns were not recognised: they look most like a {0}, but the file has no column for {1}. On the next page, say which column holds what.</source>
        <translation>Kolonnas netika atpazītas: tās visvairāk līdzinās formātam {0}, bet failā nav kolonnas šim: {1}. Nākamajā lapā norādiet, kura kolonna ko satur.</translation>
    </message>
    <message>
        <source>Check how the file is read</source>
        <translation>Pārbaudiet, kā fails tiek nolasīts</translation>
    </message>
    <message>
        <source>Shopkeeper guessed these settings from the file. If the columns below look wrong, change a setting.</source>
        <translation>Shopkeeper uzminēja šos iestatījumus no faila. Ja kolonnas zemāk izskatās nepareizi, mainiet iestatījumu.</translation>
    </message>
    <message>
        <source>Point (12.50)</source>
        <translation>Punkts (12.50)</translation>
    </message>
    <message>
        <source>Comma (12,50)</source>
        <translation>Komats (12,50)</translation>
    </message>
    <message>
        <source>Automatic / ISO (2025-03-04)</source>
        <translation>Automātiski / ISO (2025-03-04)</translation>
    </message>
    <message>
        <source>Day first (04.03.2025, 4/3/2025)</source>
        <translation>Vispirms diena (04.03.2025, 4/3/2025)</translation>
    </message>
    <message>
        <source>Month first (3/4/2025)</source>
        <translation>Vispirms mēnesis (3/4/2025)</translation>
    </message>
    <message>
        <source>As in the file (or the format&apos;s usual one)</source>
        <translation>Kā failā (vai formātam ierastā)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formāts:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Kodējums:</translation>
    </message>
    <message>
        <source>Columns separated by:</source>
        <translation>Kolonnu atdalītājs:</translation>
    </message>
    <message>
        <source>Decimal separator:</source>
        <translation>Decimālatdalītājs:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Datumi:</translation>
    </message>
    <message>
        <source>Currency when the file has none:</source>
        <translation>Valūta, ja failā tās nav:</translation>
    </message>
    <message>
        <source>As Shopkeeper reads it</source>
        <translation>Kā to nolasa Shopkeeper</translation>
    </message>
    <message>
        <source>As in the file</source>
        <translation>Kā failā</translation>
    </message>
    <message>
        <source>The file is read piece by piece, so its size is not limited by memory; you can cancel at any time and the shop stays as it was.</source>
        <translation>Fails tiek lasīts pa daļām, tāpēc tā lielumu neierobežo atmiņa; jebkurā brīdī varat atcelt, un veikals paliks, kā bija.</translation>
    </message>
    <message>
        <source>The columns were not recognised: on the next page, say which column holds what.</source>
        <translation>Kolonnas netika atpazītas: nākamajā lapā norādiet, kas ir katrā kolonnā.</translation>
    </message>
    <message>
        <source>The file does not say which currency its amounts are in: please choose the currency above.</source>
        <translation>Failā nav norādīts, kādā valūtā ir summas: lūdzu, izvēlies valūtu augstāk.</translation>
    </message>
    <message>
        <source>Amounts without a currency column are read as {0}, as the file&apos;s language suggests; change it above if that is wrong.</source>
        <translation>Summas bez valūtas kolonnas tiek lasītas kā {0}, kā liecina faila valoda; ja tas ir nepareizi, maini to augstāk.</translation>
    </message>
    <message>
        <source>Every date could be read day-first or month-first (like 03/04). Please choose the date order above.</source>
        <translation>Katru datumu var nolasīt gan kā dienu-mēnesi, gan kā mēnesi-dienu (piemēram, 03/04). Lūdzu, izvēlieties datuma secību augstāk.</translation>
    </message>
    <message>
        <source>These files are joined:</source>
        <translation>Šie faili tiek apvienoti:</translation>
    </message>
</context>
<context>
    <name>ProfileWindow</name>
    <message>
        <source>Customer {0}</source>
        <translation>Klients {0}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Ielādē…</translation>
    </message>
    <message>
        <source>Export this customer&apos;s data…</source>
        <translation>Eksportēt šī klienta datus…</translation>
    </message>
    <message>
        <source>Everything the shop holds about them, as a JSON or CSV file (when a customer asks for their data).</source>
        <translation>Viss, ko veikals par viņu glabā, kā JSON vai CSV fails (kad klients pieprasa savus datus).</translation>
    </message>
    <message>
        <source>Erase this customer…</source>
        <translation>Dzēst šo klientu…</translation>
    </message>
    <message>
        <source>Remove them from this shop and its backups for good (when a customer asks to be forgotten).</source>
        <translation>Neatgriezeniski izņemt viņu no šī veikala un tā rezerves kopijām (kad klients lūdz viņu aizmirst).</translation>
    </message>
    <message>
        <source>today</source>
        <translation>šodien</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>pirms %n dienas</numerusform>
            <numerusform>pirms %n dienām</numerusform>
            <numerusform>pirms %n dienām</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer: {0}</source>
        <translation>Klients: {0}</translation>
    </message>
    <message>
        <source>{platform} no. {number}</source>
        <translation>{platform} Nr. {number}</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{0}&lt;/h2&gt;{1} · {2} · customer no. {3} · sources: {4}</source>
        <translation>&lt;h2&gt;{0}&lt;/h2&gt;{1} · {2} · klienta nr. {3} · avoti: {4}</translation>
    </message>
    <message>
        <source>no e-mail</source>
        <translation>nav e-pasta</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>{purchases} (of {orders} orders incl. returns/cancelled)</source>
        <translation>{purchases} (no {orders} pasūtījumiem, ieskaitot atgriezumus/atceltos)</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Pirkumi</translation>
    </message>
    <message>
        <source>Orders that count: not cancelled and not only returns. The Orders tab lists every order: {orders}, of them {cancelled} cancelled and {returns} returns.</source>
        <translation>Pasūtījumi, kas skaitās: neatcelti un ne tikai atgriezumi. Pasūtījumu cilnē ir visi: {orders}, no tiem atcelti: {cancelled}, atgriezumi: {returns}.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dienu</numerusform>
            <numerusform>%n dienām</numerusform>
            <numerusform>%n dienām</numerusform>
        </translation>
    </message>
    <message>
        <source>All orders ({0})</source>
        <translation>Visi pasūtījumi ({0})</translation>
    </message>
    <message>
        <source>Every order of this customer, including cancelled ones and returns</source>
        <translation>Visi šī klienta pasūtījumi, arī atceltie un atgriezumi</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pasūtījumi</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Iztērēts</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Pēdējais pasūtījums</translation>
    </message>
    <message>
        <source>Usually orders every</source>
        <translation>Parasti pasūta ik pēc</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>Vidējais pasūtījums</translation>
    </message>
    <message>
        <source>Predicted value (12 months)</source>
        <translation>Prognozētā vērtība (12 mēneši)</translation>
    </message>
    <message>
        <source>Chance still a customer</source>
        <translation>Iespēja, ka joprojām ir klients</translation>
    </message>
    <message>
        <source>Next order expected</source>
        <translation>Nākamais pasūtījums gaidāms</translation>
    </message>
    <message>
        <source>not soon</source>
        <translation>ne drīz</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Prognozes</translation>
    </message>
    <message>
        <source>too little history for predictions</source>
        <translation>pārāk īsa vēsture prognozēm</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Ko darīt:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>This customer has no counted orders yet.</source>
        <translation>Šim klientam vēl nav ieskaitītu pasūtījumu.</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>ieskaitīts</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>atcelts</translation>
    </message>
    <message>
        <source>return</source>
        <translation>atgriešana</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pasūtījums</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Pozīcijas</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kods</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prece</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Daudzums</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Kopā</translation>
    </message>
    <message>
        <source>Lines ({0})</source>
        <translation>Pozīcijas ({0})</translation>
    </message>
    <message>
        <source>Favourite products</source>
        <translation>Iecienītās preces</translation>
    </message>
    <message>
        <source>Favourite categories</source>
        <translation>Iecienītās kategorijas</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Iecienītās</translation>
    </message>
    <message>
        <source>No suggestions yet: this customer has no counted orders.</source>
        <translation>Ieteikumu vēl nav: šim klientam nav uzskaitītu pasūtījumu.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Kāpēc</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Sīkāk</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Ieteikumi</translation>
    </message>
    <message>
        <source>Products this customer is likely to buy next, best first: their own products they are likely to buy again and products new to them. Each says why it was picked.</source>
        <translation>Produkti, kurus šis klients, visticamāk, pirks nākamos, labākie vispirms: viņa paša produkti, kurus viņš, visticamāk, pirks vēlreiz, un viņam jauni produkti. Pie katra norādīts, kāpēc tas izvēlēts.</translation>
    </message>
    <message>
        <source>Picks</source>
        <translation>Ieteikumi</translation>
    </message>
    <message>
        <source>Buy again</source>
        <translation>Pirkt vēlreiz</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Atklāt</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Saraksts</translation>
    </message>
    <message>
        <source>Export this customer&apos;s data</source>
        <translation>Klienta datu eksports</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved to {0}. Send it to the customer securely.</source>
        <translation>Saglabāts: {0}. Nosūtiet to klientam drošā veidā.</translation>
    </message>
    <message>
        <source>Erase this customer?</source>
        <translation>Dzēst šo klientu?</translation>
    </message>
    <message>
        <source>Their name, e-mail, address and platform ids are removed from this shop and its backups, and cannot be brought back. Their orders stay, without anything that names them, so your sales figures do not change.

Importing an old export that lists them would add them again.</source>
        <translation>Vārds, e-pasts, adrese un platformas identifikatori tiks dzēsti no šī veikala un tā rezerves kopijām bez iespējas atjaunot. Pasūtījumi paliks, bet bez nekā, kas norāda uz klientu, tāpēc jūsu pārdošanas rādītāji nemainīsies.

Vecs eksports, kurā klients ir minēts, pēc importēšanas viņu pievienotu atkal.</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Dzēš…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Customer erased&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Klients dzēsts&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Erased from the shop and {0} backup(s); the orders stay without their name.</source>
        <translation>Dzēsts no veikala un rezerves kopijām ({0}); pasūtījumi paliek bez klienta vārda.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>{0} — {1} lines</source>
        <translation>{0} — rindas: {1}</translation>
    </message>
    <message>
        <source>Not counted as products (postage, fees, tips, gift cards, shipping protection …). Untick a line that is a real product:</source>
        <translation>Netiek skaitīti kā produkti (piegāde, maksas, dzeramnauda, dāvanu kartes, sūtījuma apdrošināšana …). Noņemiet atzīmi pozīcijai, kas ir īsts produkts:</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Imports pabeigts</translation>
    </message>
    <message>
        <source>Save rejected rows…</source>
        <translation>Saglabāt noraidītās rindas…</translation>
    </message>
    <message>
        <source>Go to Customers</source>
        <translation>Uz klientiem</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; ({1})</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; ({1})</translation>
    </message>
    <message>
        <source>{0:,} rows read</source>
        <translation>Nolasītas rindas: {0:,}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; orders added, &lt;b&gt;{1:,}&lt;/b&gt; updated</source>
        <translation>Pievienoti pasūtījumi: &lt;b&gt;{0:,}&lt;/b&gt;, atjaunināti: &lt;b&gt;{1:,}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{0:,} order lines added</source>
        <translation>Pievienotas pasūtījumu pozīcijas: {0:,}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; new customers</source>
        <translation>Jauni klienti: &lt;b&gt;{0:,}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Product catalog: &lt;b&gt;{0:,}&lt;/b&gt; products added, &lt;b&gt;{1:,}&lt;/b&gt; already in the shop updated</source>
        <translation>Produktu katalogs: pievienoti &lt;b&gt;{0:,}&lt;/b&gt; produkti, atjaunināti &lt;b&gt;{1:,}&lt;/b&gt; jau esošie</translation>
    </message>
    <message>
        <source>{0:,} existing customers updated</source>
        <translation>Atjaunināti esošie klienti: {0:,}</translation>
    </message>
    <message>
        <source>{0:,} rows without a customer, kept for product statistics</source>
        <translation>Rindas bez klienta, saglabātas preču statistikai: {0:,}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; rows skipped</source>
        <translation>Izlaistas rindas: &lt;b&gt;{0:,}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>E-mail marketing consent in the shop: &lt;b&gt;{0:,}&lt;/b&gt; yes, &lt;b&gt;{1:,}&lt;/b&gt; no, &lt;b&gt;{2:,}&lt;/b&gt; unknown (unknown is not consent: offer files leave them out)</source>
        <translation>E-pasta mārketinga piekrišana veikalā: &lt;b&gt;{0:,}&lt;/b&gt; jā, &lt;b&gt;{1:,}&lt;/b&gt; nē, &lt;b&gt;{2:,}&lt;/b&gt; nezināma (nezināma piekrišana nav piekrišana: piedāvājumu faili tos izlaiž)</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Saglabāt noraidītās rindas</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Iestatījumi</translation>
    </message>
    <message>
        <source>Same as the computer ({language})</source>
        <translation>Kā datorā ({language})</translation>
    </message>
    <message>
        <source>Some texts change after Shopkeeper is restarted.</source>
        <translation>Daži teksti mainīsies pēc Shopkeeper restartēšanas.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <source>Language of the app:</source>
        <translation>Lietotnes valoda:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Atvērt mapi</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Izveidot rezerves kopiju</translation>
    </message>
    <message>
        <source>Restore backup…</source>
        <translation>Atjaunot no kopijas…</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Jūsu dati</translation>
    </message>
    <message>
        <source>All shops, backups and exports are kept in this folder:</source>
        <translation>Visi veikali, rezerves kopijas un eksporti tiek glabāti šajā mapē:</translation>
    </message>
    <message>
        <source>Count cancelled and refunded orders in the analyses</source>
        <translation>Ņemt vērā analīzēs atceltos un atmaksātos pasūtījumus</translation>
    </message>
    <message>
        <source>Usually off: a cancelled order is not a real purchase.</source>
        <translation>Parasti izslēgts: atcelts pasūtījums nav īsts pirkums.</translation>
    </message>
    <message>
        <source>Analyses</source>
        <translation>Analīzes</translation>
    </message>
    <message>
        <source>Open shop: {path}</source>
        <translation>Atvērtais veikals: {path}</translation>
    </message>
    <message>
        <source>Open a shop to back it up or change its settings.</source>
        <translation>Atveriet veikalu, lai izveidotu tā kopiju vai mainītu iestatījumus.</translation>
    </message>
    <message>
        <source>{date} {time} — {reason} — {size} MB</source>
        <translation>{date} {time} — {reason} — {size} MB</translation>
    </message>
    <message>
        <source>backed up by you</source>
        <translation>jūsu veidota kopija</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>pirms importa</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>pirms atjaunināšanas</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>pirms atjaunošanas</translation>
    </message>
    <message>
        <source>before erasing data</source>
        <translation>pirms datu dzēšanas</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Strādā…</translation>
    </message>
    <message>
        <source>Backup made.</source>
        <translation>Rezerves kopija izveidota.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Atjaunot no rezerves kopijas</translation>
    </message>
    <message>
        <source>Replace the shop&apos;s data with the backup from {when}? The current data is backed up first, so you can undo this.</source>
        <translation>Aizstāt veikala datus ar kopiju no {when}? Pašreizējie dati vispirms tiks saglabāti kopijā, tāpēc to var atsaukt.</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Kopija atjaunota.</translation>
    </message>
</context>
<context>
    <name>ShopView</name>
    <message>
        <source>Stopped before this was worked out.</source>
        <translation>Apturēts, pirms tas tika aprēķināts.</translation>
    </message>
</context>
<context>
    <name>ValidatePage</name>
    <message>
        <source>Check before importing</source>
        <translation>Pārbaudiet pirms importa</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>Nekas vēl nav mainīts.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Reading the whole file… ({0})</source>
        <translation>Lasa visu failu… ({0})</translation>
    </message>
    <message>
        <source>Reading the whole file…</source>
        <translation>Nolasa visu failu…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; rows read, &lt;b&gt;{1:,}&lt;/b&gt; usable</source>
        <translation>Nolasītas rindas: &lt;b&gt;{0:,}&lt;/b&gt;, izmantojamas: &lt;b&gt;{1:,}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; orders, &lt;b&gt;{1:,}&lt;/b&gt; customers</source>
        <translation>Pasūtījumi: &lt;b&gt;{0:,}&lt;/b&gt;, klienti: &lt;b&gt;{1:,}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Orders from &lt;b&gt;{0}&lt;/b&gt; to &lt;b&gt;{1}&lt;/b&gt;</source>
        <translation>Pasūtījumi no &lt;b&gt;{0}&lt;/b&gt; līdz &lt;b&gt;{1}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{0} orders</source>
        <translation>pasūtījumi: {0}</translation>
    </message>
    <message>
        <source>Currencies: {0}</source>
        <translation>Valūtas: {0}</translation>
    </message>
    <message>
        <source>Cancelled, refunded or voided orders: {0:,} (kept, but not counted as revenue)</source>
        <translation>Atcelti, atmaksāti vai anulēti pasūtījumi: {0:,} (saglabāti, bet netiek ieskaitīti ieņēmumos)</translation>
    </message>
    <message>
        <source>Rows without a customer: {0:,} (they count for products only)</source>
        <translation>Rindas bez klienta: {0:,} (tiek ņemtas vērā tikai precēm)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rows that will be skipped:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rindas, kas tiks izlaistas:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Problēmas netika atrastas.</translation>
    </message>
    <message>
        <source>Go back and choose the date order.</source>
        <translation>Atgriezieties un izvēlieties datuma secību.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Shopkeeper</source>
        <translation>Laipni lūdzam Shopkeeper</translation>
    </message>
    <message>
        <source>Know every customer of your online shop: who buys, who is drifting away, what sells together. Your data never leaves this computer.</source>
        <translation>Pazīstiet katru sava interneta veikala klientu: kas pērk, kas attālinās, kas tiek pārdots kopā. Jūsu dati nekad neatstāj šo datoru.</translation>
    </message>
    <message>
        <source>Import your shop&apos;s orders</source>
        <translation>Importējiet sava veikala pasūtījumus</translation>
    </message>
    <message>
        <source>From Shopify, WooCommerce, PrestaShop
or any CSV or Excel export</source>
        <translation>No Shopify, WooCommerce, PrestaShop
vai jebkura CSV vai Excel eksporta</translation>
    </message>
    <message>
        <source>Explore the demo shop</source>
        <translation>Izpētīt demonstrācijas veikalu</translation>
    </message>
    <message>
        <source>A real small gift shop with 262 customers,
ready to try every screen</source>
        <translation>Īsts mazs dāvanu veikals ar 262 klientiem,
gatavs katra ekrāna izmēģināšanai</translation>
    </message>
    <message>
        <source>Open a shop file…</source>
        <translation>Atvērt veikala failu…</translation>
    </message>
    <message>
        <source>Recent shops</source>
        <translation>Nesenie veikali</translation>
    </message>
    <message>
        <source>{name}   —   {folder}</source>
        <translation>{name}   —   {folder}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Atcelts; nekas netika mainīts.</translation>
    </message>
    <message>
        <source>The computer ran out of memory for this task.</source>
        <translation>Datoram pietrūka atmiņas šim uzdevumam.</translation>
    </message>
    <message>
        <source>The file could not be read or written: {0}</source>
        <translation>Failu neizdevās nolasīt vai ierakstīt: {0}</translation>
    </message>
    <message>
        <source>Something went wrong ({0}). Your data is unchanged.</source>
        <translation>Kaut kas nogāja greizi ({0}). Jūsu dati nav mainīti.</translation>
    </message>
</context>
<context>
    <name>glossary</name>
    <message>
        <source>Confidence: of the orders with the first product, the share that also had the second (60% = 6 in 10 such orders).</source>
        <translation>Ticamība: cik liela daļa pasūtījumu ar pirmo preci ietvēra arī otro (60% = 6 no 10 šādiem pasūtījumiem).</translation>
    </message>
    <message>
        <source>Lift: how many times more often two products are bought together than if customers picked them at random; above 1 they go together, 3× is strong.</source>
        <translation>Lift: cik reizes biežāk divas preces pērk kopā, nekā ja pircēji tās izvēlētos nejauši; virs 1 tās iet kopā, 3× ir spēcīga saikne.</translation>
    </message>
    <message>
        <source>Silhouette: how clearly the customer groups differ, from -1 to 1; above 0.5 the groups are clearly apart, below 0.25 they overlap.</source>
        <translation>Silueta koeficients: cik skaidri atšķiras klientu grupas, no -1 līdz 1; virs 0,5 grupas ir skaidri nošķirtas, zem 0,25 tās pārklājas.</translation>
    </message>
    <message>
        <source>Quintiles: customers are ranked and cut into five groups of equal size; 5 is the best fifth, 1 the lowest.</source>
        <translation>Kvintiles: klienti sarindoti un sadalīti piecās vienāda lieluma grupās; 5 ir labākā piektdaļa, 1 — zemākā.</translation>
    </message>
    <message>
        <source>R F M scores from 1 to 5: R how recently they bought, F how often, M how much they spent; 5 is the best fifth of your customers.</source>
        <translation>R F M vērtējumi no 1 līdz 5: R — cik nesen pirka, F — cik bieži, M — cik daudz iztērēja; 5 ir jūsu klientu labākā piektdaļa.</translation>
    </message>
    <message>
        <source>Control group: customers picked at random and not sent the offer, so you can compare and see what the offer itself changed.</source>
        <translation>Kontroles grupa: nejauši izvēlēti klienti, kuriem piedāvājumu nesūta, lai varētu salīdzināt un redzēt, ko mainīja pats piedāvājums.</translation>
    </message>
    <message>
        <source>Chance still a customer: how likely it is, from their buying rhythm so far, that they will buy from you again rather than having quietly left.</source>
        <translation>Iespēja, ka joprojām ir klients: cik ticams, spriežot pēc līdzšinējā pirkumu ritma, ka viņš pie jums vēl pirks, nevis klusi aizgājis.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>bestseller in the same category</source>
        <translation>pārdotākais tajā pašā kategorijā</translation>
    </message>
    <message>
        <source>pinned by you</source>
        <translation>jūs piespraudāt</translation>
    </message>
    <message>
        <source>bought together</source>
        <translation>pērk kopā</translation>
    </message>
    <message>
        <source>bestseller with the customers who buy it</source>
        <translation>pārdotākais starp klientiem, kas to pērk</translation>
    </message>
    <message>
        <source>shop bestseller</source>
        <translation>veikala pārdotākais</translation>
    </message>
    <message>
        <source>All customers with an order</source>
        <translation>Visi klienti ar pasūtījumu</translation>
    </message>
    <message>
        <source>Cluster {number}</source>
        <translation>Grupa {number}</translation>
    </message>
    <message>
        <source>Customers in {country}</source>
        <translation>Klienti valstī: {country}</translation>
    </message>
    <message>
        <source>Choose an audience (a segment or a list) for the offer.</source>
        <translation>Izvēlieties piedāvājuma auditoriju (segmentu vai sarakstu).</translation>
    </message>
    <message>
        <source>There is no audience called &apos;{name}&apos; in this shop; choose one of: {known}.</source>
        <translation>Šajā veikalā nav auditorijas &apos;{name}&apos;; izvēlieties kādu no: {known}.</translation>
    </message>
    <message>
        <source>Refill due (usually rebuys a product they bought about now)</source>
        <translation>Laiks papildināt (parasti ap šo laiku atkal pērk kādu no savām precēm)</translation>
    </message>
    <message>
        <source>{first} + {second}</source>
        <translation>{first} + {second}</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}), so it cannot be restored.</source>
        <translation>Failu {file} nevar nolasīt ({reason}), tāpēc to nevar atjaunot.</translation>
    </message>
    <message>
        <source>The backup {file} is damaged and cannot be restored.</source>
        <translation>Rezerves kopija {file} ir bojāta, un to nevar atjaunot.</translation>
    </message>
    <message>
        <source>The backup {file} is damaged (it is no longer a database file) and cannot be restored.</source>
        <translation>Rezerves kopija {file} ir bojāta (tā vairs nav datubāzes fails), un to nevar atjaunot.</translation>
    </message>
    <message>
        <source>The backup of {file} was not made because the disk is full; free some space on the disk that holds {folder} and try again.</source>
        <translation>Rezerves kopija failam {file} netika izveidota, jo disks ir pilns; atbrīvojiet vietu diskā, kurā atrodas {folder}, un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>The backup of {file} was not made because {folder} cannot be written (read-only or without permission); choose a shop folder you can write to.</source>
        <translation>Rezerves kopija failam {file} netika izveidota, jo mapē {folder} nevar rakstīt (tā ir tikai lasāma vai nav atļaujas); izvēlieties veikalam mapi, kurā varat rakstīt.</translation>
    </message>
    <message>
        <source>An in-memory shop cannot be backed up.</source>
        <translation>Veikalam, kas atrodas tikai atmiņā, nevar izveidot rezerves kopiju.</translation>
    </message>
    <message>
        <source>The backup {file} was made by a newer Shopkeeper (schema {schema}, this one reads up to {supported}); update the app to restore it.</source>
        <translation>Rezerves kopiju {file} izveidoja jaunāka Shopkeeper versija (shēma {schema}, šī versija nolasa līdz {supported}); atjauniniet lietotni, lai to atjaunotu.</translation>
    </message>
    <message>
        <source>There is no shop database at {path} to back up.</source>
        <translation>Ceļā {path} nav veikala datubāzes, kurai izveidot rezerves kopiju.</translation>
    </message>
    <message>
        <source>There is no backup called {name} (latest backups: {latest}).</source>
        <translation>Nav rezerves kopijas ar nosaukumu {name} (jaunākās kopijas: {latest}).</translation>
    </message>
    <message>
        <source>There is no backup called {name} (latest backups: none).</source>
        <translation>Nav rezerves kopijas ar nosaukumu {name} (jaunākās kopijas: nav).</translation>
    </message>
    <message>
        <source>{file} is not a Shopkeeper backup (it is not a database file), so nothing was restored.</source>
        <translation>{file} nav Shopkeeper rezerves kopija (tas nav datubāzes fails), tāpēc nekas netika atjaunots.</translation>
    </message>
    <message>
        <source>{file} could not be backed up because it is not a readable database.</source>
        <translation>Failam {file} nevarēja izveidot rezerves kopiju, jo tā nav nolasāma datubāze.</translation>
    </message>
    <message>
        <source>{file} is a database of another program, not a Shopkeeper backup, so nothing was restored.</source>
        <translation>{file} ir citas programmas datubāze, nevis Shopkeeper rezerves kopija, tāpēc nekas netika atjaunots.</translation>
    </message>
    <message>
        <source>This shop is being changed by another window or program; close it and try the restore again.</source>
        <translation>Šo veikalu pašlaik maina cits logs vai programma; aizveriet to un mēģiniet atjaunot vēlreiz.</translation>
    </message>
    <message>
        <source>The backup was not restored because the disk is full; the shop is as it was. Free some space and try again.</source>
        <translation>Rezerves kopija netika atjaunota, jo disks ir pilns; veikals ir tāds pats kā iepriekš. Atbrīvojiet vietu un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>The backup {file} could not be restored ({reason}).</source>
        <translation>Rezerves kopiju {file} nevarēja atjaunot ({reason}).</translation>
    </message>
    <message>
        <source>The backup {file} could not be restored: {reason}.</source>
        <translation>Rezerves kopiju {file} nevarēja atjaunot: {reason}.</translation>
    </message>
    <message>
        <source>The backup of {file} could not be written to {folder} ({reason}); check that the folder is writable and the disk has room.</source>
        <translation>Rezerves kopiju failam {file} nevarēja ierakstīt mapē {folder} ({reason}); pārbaudiet, vai mapē var rakstīt un vai diskā ir vieta.</translation>
    </message>
    <message>
        <source>Bestsellers can be listed for the shop, per country or per segment, not per “{by}”.</source>
        <translation>Populārākās preces var parādīt visam veikalam, pa valstīm vai pa segmentiem, bet ne pēc “{by}”.</translation>
    </message>
    <message>
        <source>A coupon code prefix may hold letters and digits only, at most 12 (like WINBACK).</source>
        <translation>Atlaides koda prefiksā var būt tikai burti un cipari, ne vairāk kā 12 (piemēram, WINBACK).</translation>
    </message>
    <message>
        <source>There is no campaign number {id} in this shop.</source>
        <translation>Šajā veikalā nav kampaņas ar numuru {id}.</translation>
    </message>
    <message>
        <source>&apos;{platform}&apos; has no codes file; choose one of {known}.</source>
        <translation>&apos;{platform}&apos; nav kodu faila; izvēlieties vienu no: {known}.</translation>
    </message>
    <message>
        <source>The window must be between 1 and 365 days.</source>
        <translation>Periodam jābūt no 1 līdz 365 dienām.</translation>
    </message>
    <message>
        <source>No control group in an audience this size would show a difference of {effect} points.</source>
        <translation>Nevienā šāda lieluma auditorijas kontroles grupā nebūtu redzama {effect} procentpunktu atšķirība.</translation>
    </message>
    <message>
        <source>To see a difference of {effect} points, hold out about {needed} customers.</source>
        <translation>Lai redzētu {effect} procentpunktu atšķirību, kontroles grupā atstājiet aptuveni {needed} klientus.</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <source>With {control} customers held out and {mailed} mailed, only a difference in the order rate above {points} points would show.</source>
        <translation>Ja kontroles grupā ir {control} klienti un sūtīts {mailed}, būs redzama tikai pasūtītāju daļas atšķirība virs {points} procentpunktiem.</translation>
    </message>
    <message>
        <source>This audience is too small for any test: the results will not tell whether the offer worked. You can still send it.</source>
        <translation>Šī auditorija ir par mazu jebkādam testam: rezultāti neparādīs, vai piedāvājums darbojās. Jūs to joprojām varat nosūtīt.</translation>
    </message>
    <message>
        <source>Comparing the groups</source>
        <translation>Salīdzinu grupas</translation>
    </message>
    <message>
        <source>Reading the orders since each campaign</source>
        <translation>Nolasu pasūtījumus kopš katras kampaņas</translation>
    </message>
    <message>
        <source>{mailed} of those mailed ordered within {days} days, {control} of the control</source>
        <translation>{mailed} no tiem, kam sūtīja, pasūtīja {days} dienu laikā, kontroles grupā {control}</translation>
    </message>
    <message>
        <source>{mailed} of group {group} ordered within {days} days, {control} of the control</source>
        <translation>{mailed} no grupas {group} pasūtīja {days} dienu laikā, kontroles grupā {control}</translation>
    </message>
    <message>
        <source>{rates}: about {points} points fewer (between {low} and {high}). The mailing did not help.</source>
        <translation>{rates}: aptuveni par {points} procentpunktiem mazāk (no {low} līdz {high}). Sūtījums nepalīdzēja.</translation>
    </message>
    <message>
        <source>This campaign has no control group, so its effect cannot be measured.</source>
        <translation>Šai kampaņai nav kontroles grupas, tāpēc tās ietekmi nevar izmērīt.</translation>
    </message>
    <message>
        <source>No orders from after the send date ({day}) are in the shop yet; import the latest orders to see the results.</source>
        <translation>Veikalā vēl nav pasūtījumu pēc nosūtīšanas datuma ({day}); importējiet jaunākos pasūtījumus, lai redzētu rezultātus.</translation>
    </message>
    <message>
        <source>{sentence} Not final yet: the window ends on {day}.</source>
        <translation>{sentence} Vēl nav galīgais rezultāts: periods beidzas {day}.</translation>
    </message>
    <message>
        <source>Too few customers to tell yet: with groups this size only a difference above {points} points would show.</source>
        <translation>Pārāk maz klientu, lai to novērtētu: šāda lieluma grupās būtu redzama tikai atšķirība virs {points} procentpunktiem.</translation>
    </message>
    <message>
        <source>{rates}: no clear difference (between {low} and {high} points).</source>
        <translation>{rates}: nav skaidras atšķirības (no {low} līdz {high} procentpunktiem).</translation>
    </message>
    <message>
        <source>{rates}: about {points} points more (between {low} and {high}). It worked.</source>
        <translation>{rates}: aptuveni par {points} procentpunktiem vairāk (no {low} līdz {high}). Tas darbojās.</translation>
    </message>
    <message>
        <source>Can you trust the predictions? Predicted vs actual in a test period</source>
        <translation>Vai prognozēm var uzticēties? Prognozētais pret faktisko testa periodā</translation>
    </message>
    <message>
        <source>Predicted customer value over the next 12 months</source>
        <translation>Prognozētā klientu vērtība nākamajos 12 mēnešos</translation>
    </message>
    <message>
        <source>Do customers come back? Retention by month of first order</source>
        <translation>Vai klienti atgriežas? Noturēšana pēc pirmā pasūtījuma mēneša</translation>
    </message>
    <message>
        <source>How long between orders? Your shop&apos;s buying cycle</source>
        <translation>Cik ilgi starp pasūtījumiem? Jūsu veikala pirkšanas cikls</translation>
    </message>
    <message>
        <source>Which products go together</source>
        <translation>Kuras preces iet kopā</translation>
    </message>
    <message>
        <source>Do the recommendations work? App vs best-sellers vs random</source>
        <translation>Vai ieteikumi strādā? Lietotne pret populārākajām precēm pret nejaušām</translation>
    </message>
    <message>
        <source>Revenue and orders by month</source>
        <translation>Ieņēmumi un pasūtījumi pa mēnešiem</translation>
    </message>
    <message>
        <source>Recency × frequency: where your customers are</source>
        <translation>Nesenums × biežums: kur atrodas jūsu klienti</translation>
    </message>
    <message>
        <source>Customer segments: how many, and their share of revenue</source>
        <translation>Klientu segmenti: cik to ir un kāda ir to daļa ieņēmumos</translation>
    </message>
    <message>
        <source>Products most often bought together</source>
        <translation>Preces, ko visbiežāk pērk kopā</translation>
    </message>
    <message>
        <source>Best-selling products by revenue</source>
        <translation>Vislabāk pārdotās preces pēc ieņēmumiem</translation>
    </message>
    <message>
        <source>Add --yes to erase a customer when not running interactively.</source>
        <translation>Pievienojiet --yes, lai dzēstu klientu, ja programma nedarbojas interaktīvi.</translation>
    </message>
    <message>
        <source>Say which customer to erase: --email ADDRESS or --id NUMBER.</source>
        <translation>Norādiet, kuru klientu dzēst: --email ADRESE vai --id NUMURS.</translation>
    </message>
    <message>
        <source>Finished {count} erase(s) that had been interrupted.</source>
        <translation>Pabeigtas pārtrauktās dzēšanas (skaits: {count}).</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; is not a FIELD=COLUMN mapping; fields are: {fields}.</source>
        <translation>“{item}” nav piesaiste formā FIELD=COLUMN (lauks=kolonna); lauki: {fields}.</translation>
    </message>
    <message>
        <source>{problem} Run the import again with --date-order dmy (day first, 03/04 = 3 April) or --date-order mdy (month first, 03/04 = 4 March).</source>
        <translation>{problem} Palaidiet importu vēlreiz ar --date-order dmy (vispirms diena, 03/04 = 3. aprīlis) vai --date-order mdy (vispirms mēnesis, 03/04 = 4. marts).</translation>
    </message>
    <message>
        <source>{problem} Columns not placed: {fields}; name them with {maps} (add --currency CODE when the file has no currency column).</source>
        <translation>{problem} Nepiešķirtās kolonnas: {fields}; norādi tās ar {maps} (pievieno --currency KODS, ja failā nav valūtas kolonnas).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation>&apos;{text}&apos; nav datums; raksti to kā GGGG-MM-DD.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date; write it like 2024-11-01.</source>
        <translation>&apos;{text}&apos; nav datums; rakstiet to, piemēram, šādi: 2024-11-01.</translation>
    </message>
    <message>
        <source>A movement is two segment keys like champions:at_risk (new:promising for new customers).</source>
        <translation>Pāreja ir divas segmentu atslēgas, piemēram, champions:at_risk (new:promising jauniem klientiem).</translation>
    </message>
    <message>
        <source>There is no shop database at {path}; import a file first (python -m core import FILE --db {path}).</source>
        <translation>Ceļā {path} nav veikala datubāzes; vispirms importējiet failu (python -m core import FILE --db {path}).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not CODE=RATE, such as EUR=4.30.</source>
        <translation>“{text}” nav formā CODE=RATE (kods=kurss), piemēram, EUR=4.30.</translation>
    </message>
    <message>
        <source>The date {date} is not a date like 2011-06-01.</source>
        <translation>{date} nav datums formā 2011-06-01.</translation>
    </message>
    <message>
        <source>Say which customer with --customer ID (or use --evaluate, --bestsellers or --refills).</source>
        <translation>Norādiet klientu ar --customer ID (vai izmantojiet --evaluate, --bestsellers vai --refills).</translation>
    </message>
    <message>
        <source>A grid cell is two scores like 5,4 (recency, frequency).</source>
        <translation>Režģa šūna ir divi vērtējumi, piemēram, 5,4 (nesenums, biežums).</translation>
    </message>
    <message>
        <source>There is no segment &apos;{segment}&apos; in the {scheme} map.</source>
        <translation>Kartē {scheme} nav segmenta “{segment}”.</translation>
    </message>
    <message>
        <source>At least 10 customers with orders are needed to find groups of customers.</source>
        <translation>Lai atrastu klientu grupas, vajag vismaz 10 klientus ar pasūtījumiem.</translation>
    </message>
    <message>
        <source>{description}, {part}</source>
        <translation>{description}, {part}</translation>
    </message>
    <message>
        <source>Best customers</source>
        <translation>Labākie klienti</translation>
    </message>
    <message>
        <source>Big-basket buyers</source>
        <translation>Lielo grozu pircēji</translation>
    </message>
    <message>
        <source>Big spenders gone quiet</source>
        <translation>Lieli tērētāji, kas apklusuši</translation>
    </message>
    <message>
        <source>Big spenders</source>
        <translation>Lieli tērētāji</translation>
    </message>
    <message>
        <source>Everyday customers</source>
        <translation>Ikdienas klienti</translation>
    </message>
    <message>
        <source>Regulars gone quiet</source>
        <translation>Pastāvīgie klienti, kas apklusuši</translation>
    </message>
    <message>
        <source>Lapsed one-off buyers</source>
        <translation>Vienreizēji pircēji, kas aizgājuši</translation>
    </message>
    <message>
        <source>Loyal regulars</source>
        <translation>Uzticīgi pastāvīgie klienti</translation>
    </message>
    <message>
        <source>Recent newcomers</source>
        <translation>Nesen pienākušie klienti</translation>
    </message>
    <message>
        <source>{name} {number}</source>
        <translation>{name} {number}</translation>
    </message>
    <message>
        <source>Regulars</source>
        <translation>Pastāvīgie klienti</translation>
    </message>
    <message>
        <source>Small-basket buyers</source>
        <translation>Mazo grozu pircēji</translation>
    </message>
    <message>
        <source>high total spend</source>
        <translation>lieli kopējie tēriņi</translation>
    </message>
    <message>
        <source>low total spend</source>
        <translation>mazi kopējie tēriņi</translation>
    </message>
    <message>
        <source>mostly {country}</source>
        <translation>pārsvarā {country}</translation>
    </message>
    <message>
        <source>not seen for a long time</source>
        <translation>sen nav redzēti</translation>
    </message>
    <message>
        <source>bought recently</source>
        <translation>pirka nesen</translation>
    </message>
    <message>
        <source>Trying {k} groups</source>
        <translation>Mēģina sadalīt grupās: {k}</translation>
    </message>
    <message>
        <source>Frequent buyers</source>
        <translation>Bieži pircēji</translation>
    </message>
    <message>
        <source>Frequent big-basket buyers</source>
        <translation>Bieži pircēji ar lielu grozu</translation>
    </message>
    <message>
        <source>Frequent small-basket buyers</source>
        <translation>Bieži pircēji ar mazu grozu</translation>
    </message>
    <message>
        <source>Occasional buyers</source>
        <translation>Neregulāri pircēji</translation>
    </message>
    <message>
        <source>Occasional big-basket buyers</source>
        <translation>Neregulāri pircēji ar lielu grozu</translation>
    </message>
    <message>
        <source>Occasional small-basket buyers</source>
        <translation>Neregulāri pircēji ar mazu grozu</translation>
    </message>
    <message>
        <source>Regular buyers</source>
        <translation>Regulāri pircēji</translation>
    </message>
    <message>
        <source>Regular big-basket buyers</source>
        <translation>Regulāri pircēji ar lielu grozu</translation>
    </message>
    <message>
        <source>Regular small-basket buyers</source>
        <translation>Regulāri pircēji ar mazu grozu</translation>
    </message>
    <message>
        <source>Fitted on the history up to {day} and tested on the last {weeks} weeks: the model expected {predicted} repeat orders from {customers} customers and they placed {actual} ({difference} % fewer predicted than actual); per customer it was off by {error} orders on average.</source>
        <translation>Modelis pielāgots vēsturei līdz {day} un pārbaudīts pēdējās {weeks} nedēļās: tas gaidīja {predicted} atkārtotus pasūtījumus no {customers} klientiem, un viņi veica {actual} (prognoze par {difference} % mazāka nekā patiesībā); vienam klientam tas vidēji kļūdījās par {error} pasūtījumiem.</translation>
    </message>
    <message>
        <source>Fitted on the history up to {day} and tested on the last {weeks} weeks: the model expected {predicted} repeat orders from {customers} customers and they placed {actual} ({difference} % more predicted than actual); per customer it was off by {error} orders on average.</source>
        <translation>Modelis pielāgots vēsturei līdz {day} un pārbaudīts pēdējās {weeks} nedēļās: tas gaidīja {predicted} atkārtotus pasūtījumus no {customers} klientiem, un viņi veica {actual} (prognoze par {difference} % lielāka nekā patiesībā); vienam klientam tas vidēji kļūdījās par {error} pasūtījumiem.</translation>
    </message>
    <message>
        <source>Too few repeat customers before the test period to test the predictions.</source>
        <translation>Pirms testa perioda ir par maz atkārtotu klientu, lai pārbaudītu prognozes.</translation>
    </message>
    <message>
        <source>Too few repeat customers with a positive spend to model the order value.</source>
        <translation>Par maz atkārtotu klientu ar pozitīviem tēriņiem, lai modelētu pasūtījuma vērtību.</translation>
    </message>
    <message>
        <source>The prediction model could not be fitted to this shop&apos;s order history.</source>
        <translation>Prognozes modeli neizdevās pielāgot šī veikala pasūtījumu vēsturei.</translation>
    </message>
    <message>
        <source>There are no customers to fit the prediction model to.</source>
        <translation>Nav klientu, kuriem pielāgot prognozes modeli.</translation>
    </message>
    <message>
        <source>There are no orders with a known customer to test the predictions on.</source>
        <translation>Nav pasūtījumu ar zināmu klientu, uz kuriem pārbaudīt prognozes.</translation>
    </message>
    <message>
        <source>The shop&apos;s history ({days} days) is too short to hold back {weeks} weeks for a test.</source>
        <translation>Veikala vēsture (dienas: {days}) ir par īsu, lai testam atliktu nedēļas: {weeks}.</translation>
    </message>
    <message>
        <source>Predictions are based on {repeat} repeat customers over {days} days of history.</source>
        <translation>Prognozes balstās uz {repeat} atkārtotiem klientiem {days} vēstures dienās.</translation>
    </message>
    <message>
        <source>No customers with orders yet, so there is nothing to predict.</source>
        <translation>Vēl nav neviena klienta ar pasūtījumiem, tāpēc nav ko prognozēt.</translation>
    </message>
    <message>
        <source>Only {repeat} customers ordered more than once over {days} days of history, so predictions would be rough; the lists use past spending (RFM) instead.</source>
        <translation>Tikai {repeat} klienti ir pasūtījuši vairāk nekā vienu reizi {days} vēstures dienās, tāpēc prognozes būtu aptuvenas; saraksti tā vietā izmanto iepriekšējos tēriņus (RFM).</translation>
    </message>
    <message>
        <source>Fitting the repeat-purchase model</source>
        <translation>Pielāgo atkārtoto pirkumu modeli</translation>
    </message>
    <message>
        <source>Fitting the order-value model</source>
        <translation>Pielāgo pasūtījuma vērtības modeli</translation>
    </message>
    <message>
        <source>Predicting</source>
        <translation>Prognozē</translation>
    </message>
    <message>
        <source>Summarising purchases</source>
        <translation>Apkopo pirkumus</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a currency code: use three letters such as EUR or PLN.</source>
        <translation>“{code}” nav valūtas kods: izmantojiet trīs burtus, piemēram, EUR vai PLN.</translation>
    </message>
    <message>
        <source>The rate of {code} must be a positive number, such as 4.30.</source>
        <translation>{code} kursam jābūt pozitīvam skaitlim, piemēram, 4.30.</translation>
    </message>
    <message>
        <source>{code} {orders}</source>
        <translation>{code} {orders}</translation>
    </message>
    <message>
        <source>This shop has orders in {currencies} currencies ({listed}); figures are in {main}, converted with the rates you entered.</source>
        <translation>Veikalam ir pasūtījumi vairākās valūtās (valūtu skaits: {currencies}; {listed}); summas ir norādītas {main}, pārrēķinātas pēc jūsu ievadītajiem kursiem.</translation>
    </message>
    <message>
        <source>This shop has orders in {currencies} currencies ({listed}); figures are in {main}, and orders in {missing} are left out until you enter an exchange rate (python -m core rates --set {first}=RATE).</source>
        <translation>Veikalam ir pasūtījumi vairākās valūtās (valūtu skaits: {currencies}; {listed}); summas ir norādītas {main}, bet pasūtījumi valūtā {missing} netiek ņemti vērā, kamēr neievadīsiet maiņas kursu (python -m core rates --set {first}=RATE).</translation>
    </message>
    <message>
        <source>{items}, {item}</source>
        <translation>{items}, {item}</translation>
    </message>
    <message>
        <source>Good customers in the &apos;At Risk&apos; and &apos;Can&apos;t Lose Them&apos; segments: they used to buy often but have gone quiet.</source>
        <translation>Labi klienti segmentos “Riska grupā” un “Nedrīkst zaudēt”: agrāk pirka bieži, bet tagad apklusuši.</translation>
    </message>
    <message>
        <source>Repeat customers silent for more than twice their usual time between orders.</source>
        <translation>Atkārtoti klienti, kas klusē vairāk nekā divreiz ilgāk par ierasto laiku starp pasūtījumiem.</translation>
    </message>
    <message>
        <source>Revenue divided by the number of orders ({orders}).</source>
        <translation>Ieņēmumi, dalīti ar pasūtījumu skaitu ({orders}).</translation>
    </message>
    <message>
        <source>People who placed at least one order ({orders} orders in all).</source>
        <translation>Cilvēki, kas veikuši vismaz vienu pasūtījumu (kopā pasūtījumu: {orders}).</translation>
    </message>
    <message>
        <source>People who placed at least one order ({orders} order in all).</source>
        <translation>Cilvēki, kas veikuši vismaz vienu pasūtījumu (kopā pasūtījumu: {orders}).</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>Pasūtījumu vēl nav.</translation>
    </message>
    <message>
        <source>{repeaters} of {customers} customers ordered more than once.</source>
        <translation>{repeaters} no {customers} klientiem pasūtīja vairāk nekā vienreiz.</translation>
    </message>
    <message>
        <source>No customers yet: import your orders to see how many come back.</source>
        <translation>Klientu vēl nav: importējiet pasūtījumus, lai redzētu, cik daudzi atgriežas.</translation>
    </message>
    <message>
        <source>Orders in the {days} days up to the last order ({last}).</source>
        <translation>Pasūtījumi {days} dienās līdz pēdējam pasūtījumam ({last}).</translation>
    </message>
    <message>
        <source>Orders in the {days} days up to the last order ({last}); −{change} on the {days} days before.</source>
        <translation>Pasūtījumi {days} dienās līdz pēdējam pasūtījumam ({last}); −{change} pret iepriekšējām {days} dienām.</translation>
    </message>
    <message>
        <source>Orders in the {days} days up to the last order ({last}); +{change} on the {days} days before.</source>
        <translation>Pasūtījumi {days} dienās līdz pēdējam pasūtījumam ({last}); +{change} pret iepriekšējām {days} dienām.</translation>
    </message>
    <message>
        <source>Your top {top} of customers by spend; together {share} of customer revenue.</source>
        <translation>Labākie {top} klientu pēc tēriņiem; kopā {share} no klientu ieņēmumiem.</translation>
    </message>
    <message>
        <source>{explanation} Together {share} of customer revenue.</source>
        <translation>{explanation} Kopā {share} no klientu ieņēmumiem.</translation>
    </message>
    <message>
        <source>Deal seeker</source>
        <translation>Atlaižu meklētājs</translation>
    </message>
    <message>
        <source>Full price</source>
        <translation>Pilna cena</translation>
    </message>
    <message>
        <source>The deal-seeker threshold must be a share between 0 and 1 (for example 0.5).</source>
        <translation>Atlaižu meklētāja slieksnim jābūt daļai no 0 līdz 1 (piemēram, 0.5).</translation>
    </message>
    <message>
        <source>{seekers} deal seekers and {full_price} full-price buyers; on average {share} of a customer&apos;s orders were on a deal.</source>
        <translation>Atlaižu meklētāji: {seekers}, pircēji par pilnu cenu: {full_price}; vidēji {share} klienta pasūtījumu bija ar atlaidi.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Atcelts; nekas netika mainīts.</translation>
    </message>
    <message>
        <source>There are no orders from known customers to test recommendations on.</source>
        <translation>Nav pasūtījumu no zināmiem klientiem, uz kuriem pārbaudīt ieteikumus.</translation>
    </message>
    <message>
        <source>No customer bought both before and during the last {weeks} weeks, so there is nothing to test.</source>
        <translation>Neviens klients nav pircis gan pirms, gan pēdējo nedēļu laikā (skaits: {weeks}), tāpēc nav ko pārbaudīt.</translation>
    </message>
    <message>
        <source>In the last {weeks} weeks, our picks would have named something a customer bought for {app} of {customers} returning customers; shop bestsellers: {bestsellers}, random products: {random} ({ratio}× bestsellers).</source>
        <translation>Pēdējās {weeks} nedēļās mūsu ieteikumi būtu nosaukuši kaut ko, ko klients nopirka, {app} no {customers} atkārtotajiem klientiem; veikala populārākās preces: {bestsellers}, nejaušas preces: {random} ({ratio}× populārākās preces).</translation>
    </message>
    <message>
        <source>In the last {weeks} weeks, our picks would have named something a customer bought for {app} of a random sample of {customers} of the {eligible} returning customers; shop bestsellers: {bestsellers}, random products: {random} ({ratio}× bestsellers).</source>
        <translation>Pēdējās {weeks} nedēļās mūsu ieteikumi būtu nosaukuši kaut ko, ko klients nopirka, {app} no nejaušas izlases ar {customers} no {eligible} atkārtotajiem klientiem; veikala populārākās preces: {bestsellers}, nejaušas preces: {random} ({ratio}× populārākās preces).</translation>
    </message>
    <message>
        <source>Customers whose first order had {product} came back {ratio}× as often as average ({rate} against {shop_rate}, {customers} first buyers).</source>
        <translation>Klienti, kuru pirmajā pasūtījumā bija {product}, atgriezās {ratio}× biežāk nekā vidēji ({rate} pret {shop_rate}, pirmie pircēji: {customers}).</translation>
    </message>
    <message>
        <source>No code</source>
        <translation>Bez koda</translation>
    </message>
    <message>
        <source>A grid cell is two scores from 1 to 5 (recency, frequency); {recency},{frequency} is not one.</source>
        <translation>Režģa šūna ir divi vērtējumi no 1 līdz 5 (nesenums, biežums); {recency},{frequency} tāda nav.</translation>
    </message>
    <message>
        <source>no row has an e-mail, a customer id or a phone number</source>
        <translation>nevienā rindā nav e-pasta, klienta identifikatora vai tālruņa numura</translation>
    </message>
    <message>
        <source>no row has a date that could be read (check the date column and the date order)</source>
        <translation>nevienā rindā nav nolasāma datuma (pārbaudiet datuma kolonnu un dienas un mēneša secību)</translation>
    </message>
    <message>
        <source>every date is before 1990 or after tomorrow (check the date column and the date order)</source>
        <translation>katrs datums ir pirms 1990. gada vai pēc rītdienas (pārbaudiet datuma kolonnu un dienas un mēneša secību)</translation>
    </message>
    <message>
        <source>the files do not fit together (no item&apos;s order is in the orders file)</source>
        <translation>faili nesader kopā (pozīciju pasūtījumu nav pasūtījumu failā)</translation>
    </message>
    <message>
        <source>every row has more fields than the header (check the column separator)</source>
        <translation>katrā rindā ir vairāk lauku nekā galvenē (pārbaudiet kolonnu atdalītāju)</translation>
    </message>
    <message>
        <source>the file has no column for {missing}, which a {format} has</source>
        <translation>failā nav kolonnas šim: {missing}, kas ir formātā {format}</translation>
    </message>
    <message>
        <source>of this problem: {reason}</source>
        <translation>šīs problēmas dēļ: {reason}</translation>
    </message>
    <message>
        <source>no row has an order number</source>
        <translation>nevienā rindā nav pasūtījuma numura</translation>
    </message>
    <message>
        <source>no row could be used</source>
        <translation>nevienu rindu nevarēja izmantot</translation>
    </message>
    <message>
        <source>no row has a price that reads as a number (check the price column and the decimal separator)</source>
        <translation>nevienā rindā nav cenas, ko var nolasīt kā skaitli (pārbaudiet cenas kolonnu un decimālo atdalītāju)</translation>
    </message>
    <message>
        <source>no row names a product (no product name or code)</source>
        <translation>nevienā rindā nav norādīts produkts (nav produkta nosaukuma vai koda)</translation>
    </message>
    <message>
        <source>no row has a quantity that reads as a number</source>
        <translation>nevienā rindā nav daudzuma, ko var nolasīt kā skaitli</translation>
    </message>
    <message>
        <source>{file} is a folder; please choose a file.</source>
        <translation>{file} ir mape; lūdzu, izvēlieties failu.</translation>
    </message>
    <message>
        <source>set of files that belong together</source>
        <translation>kopā piederošu failu kopas</translation>
    </message>
    <message>
        <source>Every date in this file could be read day-first or month-first (for example 03/04); please say which order the dates are in.</source>
        <translation>Katru šī faila datumu var nolasīt gan kā dienu-mēnesi, gan kā mēnesi-dienu (piemēram, 03/04); lūdzu, norādiet, kādā secībā ir datumi.</translation>
    </message>
    <message>
        <source>{file} contains binary data, not text rows.</source>
        <translation>{file} satur bināros datus, nevis teksta rindas.</translation>
    </message>
    <message>
        <source>{name} is not a complete .gz file (it is cut off or not compressed); download it again.</source>
        <translation>{name} nav pilnīgs .gz fails (tas ir nogriezts vai nav saspiests); lejupielādējiet to vēlreiz.</translation>
    </message>
    <message>
        <source>{name} could not be opened as a spreadsheet (it is damaged or not really an Excel file); open it in your spreadsheet program and save it again as .xlsx or CSV.</source>
        <translation>{name} neizdevās atvērt kā izklājlapu (tā ir bojāta vai nav īsts Excel fails); atveriet to izklājlapu programmā un saglabājiet vēlreiz kā .xlsx vai CSV.</translation>
    </message>
    <message>
        <source>The file {file} does not exist or cannot be read.</source>
        <translation>Fails {file} neeksistē vai to nevar nolasīt.</translation>
    </message>
    <message>
        <source>{file} does not say which currency its amounts are in; choose the currency (on the command line: --currency, e.g. --currency PLN).</source>
        <translation>Failā {file} nav norādīts, kādā valūtā ir summas; izvēlies valūtu (komandrindā: --currency, piem., --currency PLN).</translation>
    </message>
    <message>
        <source>{file} is damaged part-way through (after {rows} rows); open it in your spreadsheet program and save it again.</source>
        <translation>{file} ir bojāts vidū (pēc rindām: {rows}); atveriet to izklājlapu programmā un saglabājiet vēlreiz.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} ir tukšs.</translation>
    </message>
    <message>
        <source>{file} holds a cell with more than a million characters, which no shop export has (it would fill the memory); it is damaged or not an export. Open it in your spreadsheet program, check it and save it again.</source>
        <translation>{file} satur šūnu ar vairāk nekā miljonu rakstzīmju, kādas nav nevienā veikala eksportā (tā aizpildītu atmiņu); fails ir bojāts vai nav eksports. Atveriet to izklājlapu programmā, pārbaudiet un saglabājiet vēlreiz.</translation>
    </message>
    <message>
        <source>{name} has a line longer than {megabytes} MB, which no table export has (one row per line); it is damaged or not an export. Export it again.</source>
        <translation>{name} ir rinda, kas garāka par {megabytes} MB, kādas nav nevienā tabulas eksportā (viena rinda katrā līnijā); fails ir bojāts vai nav eksports. Eksportējiet to vēlreiz.</translation>
    </message>
    <message>
        <source>Choose which column of {file} holds what (the column mapping) first.</source>
        <translation>Vispirms norādiet, kura faila {file} kolonna ko satur (kolonnu piesaiste).</translation>
    </message>
    <message>
        <source>The column mapping is not complete: {problems}</source>
        <translation>Kolonnu piesaiste nav pabeigta: {problems}</translation>
    </message>
    <message>
        <source>{file} is an Excel workbook with the wrong name; rename it to .xlsx (or save it as CSV) and import it again.</source>
        <translation>{file} ir Excel darbgrāmata ar nepareizu nosaukumu; pārdēvējiet to par .xlsx (vai saglabājiet kā CSV) un importējiet vēlreiz.</translation>
    </message>
    <message>
        <source>Choose at least one file to import.</source>
        <translation>Izvēlieties vismaz vienu failu importēšanai.</translation>
    </message>
    <message>
        <source>{file} has no header row.</source>
        <translation>{file} nav galvenes rindas.</translation>
    </message>
    <message>
        <source>{file} has no line break in its first megabyte, so it is not a table export (one row per line); it is damaged or a different kind of file.</source>
        <translation>{file} pirmajā megabaitā nav neviena rindas pārtraukuma, tāpēc tas nav tabulas eksports (viena rinda katrā līnijā); fails ir bojāts vai ir cita veida.</translation>
    </message>
    <message>
        <source>The file {file} does not exist.</source>
        <translation>Fails {file} neeksistē.</translation>
    </message>
    <message>
        <source>{file} has a header but no usable rows.</source>
        <translation>{file} ir galvene, bet nav izmantojamu rindu.</translation>
    </message>
    <message>
        <source>{file} could not be read as a table: {problem}.</source>
        <translation>{file} neizdevās nolasīt kā tabulu: {problem}.</translation>
    </message>
    <message>
        <source>{file} is not part of an {format}; import it on its own.</source>
        <translation>{file} neietilpst kopā: {format}; importējiet to atsevišķi.</translation>
    </message>
    <message>
        <source>Shopkeeper does not recognise the columns of {file} ({columns}); choose the format or map the columns by hand.</source>
        <translation>Shopkeeper neatpazīst faila {file} kolonnas ({columns}); izvēlieties formātu vai piesaistiet kolonnas ar roku.</translation>
    </message>
    <message>
        <source>Shopkeeper does not recognise the columns of {file} ({columns}); it looks most like a {format}, but lacks {lacking}; choose the format or map the columns by hand.</source>
        <translation>Shopkeeper neatpazīst faila {file} kolonnas ({columns}); tas visvairāk līdzinās formātam {format}, bet tajā trūkst {lacking}; izvēlieties formātu vai piesaistiet kolonnas ar roku.</translation>
    </message>
    <message>
        <source>Shopkeeper does not recognise the columns of {file} ({columns}); it looks most like a {format}, but has no column for {missing}; choose the format or map the columns by hand.</source>
        <translation>Shopkeeper neatpazīst faila {file} kolonnas ({columns}); tas visvairāk līdzinās formātam {format}, bet tajā nav kolonnas šim: {missing}; izvēlieties formātu vai piesaistiet kolonnas ar roku.</translation>
    </message>
    <message>
        <source>{file} is not a text export (it looks like a spreadsheet, ZIP or PDF file); save it as CSV or open it as .xlsx.</source>
        <translation>{file} nav teksta eksports (tas izskatās pēc izklājlapas, ZIP vai PDF faila); saglabājiet to kā CSV vai atveriet kā .xlsx.</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}: all {rows} rows were skipped because {cause}.</source>
        <translation>No {file} nekas netika importēts: visas {rows} rindas tika izlaistas, jo {cause}.</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}: all {rows} rows were skipped because {cause}; choose the right format or map the columns by hand.</source>
        <translation>No {file} nekas netika importēts: visas {rows} rindas tika izlaistas, jo {cause}; izvēlieties pareizo formātu vai piesaistiet kolonnas ar roku.</translation>
    </message>
    <message>
        <source>An Olist-style import needs the {files} file too; choose all the files of the export together.</source>
        <translation>Olist tipa importam vajadzīgs arī fails: {files}; izvēlieties visus eksporta failus kopā.</translation>
    </message>
    <message>
        <source>{file} has no header row and no data (it holds only blank lines or a byte order mark).</source>
        <translation>{file} nav ne galvenes rindas, ne datu (tajā ir tikai tukšas rindas vai baitu secības zīme).</translation>
    </message>
    <message>
        <source>Unknown file format &apos;{name}&apos;; known formats are: {known}.</source>
        <translation>Nezināms faila formāts “{name}”; zināmie formāti: {known}.</translation>
    </message>
    <message>
        <source>{file} does not start with a readable header row (column names in the first line); check that it is the right export.</source>
        <translation>{file} nesākas ar nolasāmu galvenes rindu (kolonnu nosaukumi pirmajā rindā); pārbaudiet, vai tas ir pareizais eksports.</translation>
    </message>
    <message>
        <source>{file} unpacks to {gigabytes} GB from {megabytes} MB, which no shop export does (it would fill the memory); it is damaged or not an export. Save it again as .xlsx or CSV.</source>
        <translation>{file} no {megabytes} MB izpakojas līdz {gigabytes} GB, kā nedara neviens veikala eksports (tas aizpildītu atmiņu); fails ir bojāts vai nav eksports. Saglabājiet to vēlreiz kā .xlsx vai CSV.</translation>
    </message>
    <message>
        <source>Etsy&apos;s order items file (Shop Manager → Settings → Options → Download Data → Orders → Order Items: EtsySoldOrderItems…csv)</source>
        <translation>Etsy pasūtījumu preču failu (Shop Manager → Settings → Options → Download Data → Orders → Order Items: EtsySoldOrderItems…csv)</translation>
    </message>
    <message>
        <source>{items} → {orders} by Order ID</source>
        <translation>{items} → {orders} pēc Order ID</translation>
    </message>
    <message>
        <source>Only the items file: items are imported; order discounts, shipping and refunds need the EtsySoldOrders file too.</source>
        <translation>Tikai preču fails: preces tiks importētas; pasūtījumu atlaidēm, piegādei un atmaksām vajag arī failu EtsySoldOrders.</translation>
    </message>
    <message>
        <source>Only the orders file: orders, revenue and buyers are imported without their items (add the EtsySoldOrderItems file for products).</source>
        <translation>Tikai pasūtījumu fails: pasūtījumi, ieņēmumi un pircēji tiks importēti bez precēm (pievieno failu EtsySoldOrderItems, lai redzētu preces).</translation>
    </message>
    <message>
        <source>sold order items</source>
        <translation>pārdotās pasūtījumu preces</translation>
    </message>
    <message>
        <source>sold orders</source>
        <translation>pārdotie pasūtījumi</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valūta</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Klienta ID</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Klienta vārds</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Pasūtījuma datums</translation>
    </message>
    <message>
        <source>Discount amount</source>
        <translation>Atlaides summa</translation>
    </message>
    <message>
        <source>Discount code</source>
        <translation>Atlaides kods</translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation>Klienta e-pasts</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Uzvārds</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Rindas summa</translation>
    </message>
    <message>
        <source>Order / invoice number</source>
        <translation>Pasūtījuma / rēķina numurs</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Pasūtījuma summa</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Vienības cena</translation>
    </message>
    <message>
        <source>Product code / SKU</source>
        <translation>Preces kods / SKU</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Preces nosaukums</translation>
    </message>
    <message>
        <source>Product URL</source>
        <translation>Preces URL</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Daudzums</translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation>Atmaksas summa</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Pasūtījuma statuss</translation>
    </message>
    <message>
        <source>Product list (catalog)</source>
        <translation>Preču saraksts (katalogs)</translation>
    </message>
    <message>
        <source>CDNOW-style purchase records (customer, date, quantity, value)</source>
        <translation>CDNOW tipa pirkumu ieraksti (klients, datums, daudzums, vērtība)</translation>
    </message>
    <message>
        <source>Etsy sold orders / sold order items</source>
        <translation>Etsy: pārdotie pasūtījumi / pasūtījumu preces</translation>
    </message>
    <message>
        <source>Any table (choose the columns)</source>
        <translation>Jebkura tabula (izvēlieties kolonnas)</translation>
    </message>
    <message>
        <source>Olist-style set of files (orders, items, customers, products)</source>
        <translation>Olist tipa failu kopa (pasūtījumi, preces, klienti, produkti)</translation>
    </message>
    <message>
        <source>Online Retail (UCI) invoice lines</source>
        <translation>Online Retail (UCI) rēķinu rindas</translation>
    </message>
    <message>
        <source>PrestaShop order list (order totals only)</source>
        <translation>PrestaShop pasūtījumu saraksts (tikai pasūtījumu summas)</translation>
    </message>
    <message>
        <source>PrestaShop customers export</source>
        <translation>PrestaShop klientu eksports</translation>
    </message>
    <message>
        <source>PrestaShop order details (one row per product)</source>
        <translation>PrestaShop pasūtījumu detaļas (viena rinda katrai precei)</translation>
    </message>
    <message>
        <source>Shopify customers export</source>
        <translation>Shopify klientu eksports</translation>
    </message>
    <message>
        <source>Shopify orders export</source>
        <translation>Shopify pasūtījumu eksports</translation>
    </message>
    <message>
        <source>Shopify product export (catalog)</source>
        <translation>Shopify preču eksports (katalogs)</translation>
    </message>
    <message>
        <source>Squarespace orders export</source>
        <translation>Squarespace pasūtījumu eksports</translation>
    </message>
    <message>
        <source>WooCommerce order export (one row per item)</source>
        <translation>WooCommerce pasūtījumu eksports (rinda katrai precei)</translation>
    </message>
    <message>
        <source>WooCommerce Analytics → Orders CSV</source>
        <translation>WooCommerce Analītika → Pasūtījumi CSV</translation>
    </message>
    <message>
        <source>WooCommerce customers export</source>
        <translation>WooCommerce klientu eksports</translation>
    </message>
    <message>
        <source>WooCommerce order export (one row per order, items in line_items cells)</source>
        <translation>WooCommerce pasūtījumu eksports (viena rinda katram pasūtījumam, preces šūnās line_items)</translation>
    </message>
    <message>
        <source>WooCommerce products export (catalog)</source>
        <translation>WooCommerce preču eksports (katalogs)</translation>
    </message>
    <message>
        <source>customer ids were rounded by a spreadsheet (long ids ending in zeros)</source>
        <translation>klientu ID ir noapaļojusi izklājlapu programma (gari ID, kas beidzas ar nullēm)</translation>
    </message>
    <message>
        <source>customer ids were rounded by a spreadsheet (scientific notation such as 7.07142E+12)</source>
        <translation>klientu ID ir noapaļojusi izklājlapu programma (zinātniskais pieraksts, piemēram, 7.07142E+12)</translation>
    </message>
    <message>
        <source>one customer id belongs to people with different e-mails</source>
        <translation>viens klienta ID pieder personām ar dažādiem e-pastiem</translation>
    </message>
    <message>
        <source>{items} or {last}</source>
        <translation>{items} vai {last}</translation>
    </message>
    <message>
        <source>Choose the column for &apos;{field}&apos;.</source>
        <translation>Izvēlieties kolonnu laukam “{field}”.</translation>
    </message>
    <message>
        <source>Choose the column for the order number, or for the customer (each customer&apos;s purchases on one day then form one order).</source>
        <translation>Izvēlieties kolonnu ar pasūtījuma numuru vai klientu (tad klienta vienas dienas pirkumi veido vienu pasūtījumu).</translation>
    </message>
    <message>
        <source>Choose the column for the unit price or the line total.</source>
        <translation>Izvēlieties kolonnu ar vienības cenu vai rindas summu.</translation>
    </message>
    <message>
        <source>Choose the column for the product name or the product code.</source>
        <translation>Izvēlieties kolonnu ar preces nosaukumu vai kodu.</translation>
    </message>
    <message>
        <source>The file has no column &apos;{column}&apos;.</source>
        <translation>Failā nav kolonnas “{column}”.</translation>
    </message>
    <message>
        <source>{first} {then}</source>
        <translation>{first} {then}</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>klients</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>datums</translation>
    </message>
    <message>
        <source>the product handle</source>
        <translation>preces identifikators (handle)</translation>
    </message>
    <message>
        <source>the invoice number</source>
        <translation>rēķina numurs</translation>
    </message>
    <message>
        <source>the order number</source>
        <translation>pasūtījuma numurs</translation>
    </message>
    <message>
        <source>the price</source>
        <translation>cena</translation>
    </message>
    <message>
        <source>the product</source>
        <translation>produkts</translation>
    </message>
    <message>
        <source>the products</source>
        <translation>produkti</translation>
    </message>
    <message>
        <source>the quantity</source>
        <translation>daudzums</translation>
    </message>
    <message>
        <source>the revenue</source>
        <translation>ieņēmumi</translation>
    </message>
    <message>
        <source>the total</source>
        <translation>kopsumma</translation>
    </message>
    <message>
        <source>the value</source>
        <translation>vērtība</translation>
    </message>
    <message>
        <source>{meaning} (&apos;{column}&apos;)</source>
        <translation>{meaning} (“{column}”)</translation>
    </message>
    <message>
        <source>This file is the shop&apos;s product catalog: links, pictures, prices and stock now come from it, and drafts, hidden and sold-out products are never recommended.</source>
        <translation>Šis fails ir veikala preču katalogs: saites, attēli, cenas un krājumi tagad nāk no tā, un melnraksti, paslēptās un izpārdotās preces nekad netiek ieteiktas.</translation>
    </message>
    <message>
        <source>The file&apos;s {reason}: customers were matched by e-mail (or phone) instead, so that no two people are merged.</source>
        <translation>Failā {reason}: tāpēc klienti tika sasaistīti pēc e-pasta (vai tālruņa), lai nesapludinātu divas dažādas personas.</translation>
    </message>
    <message>
        <source>an export with one row per product sold</source>
        <translation>eksportu ar vienu rindu katrai pārdotajai precei</translation>
    </message>
    <message>
        <source>{file} has no e-mail addresses: offer files will need a customers export with e-mails (import it too).</source>
        <translation>Failā {file} nav e-pasta adrešu: piedāvājumu failiem būs vajadzīgs klientu eksports ar e-pastiem (importē arī to).</translation>
    </message>
    <message>
        <source>{file} has no products, only order totals: revenue, customers, segments, lists and lifetime value work, but the product screens stay empty. To see products, import {export} too.</source>
        <translation>Failā {file} nav preču, tikai pasūtījumu summas: ieņēmumi, klienti, segmenti, saraksti un klienta vērtība darbojas, bet preču ekrāni paliks tukši. Lai redzētu preces, importē arī {export}.</translation>
    </message>
    <message>
        <source>A customer list has no orders: customers were added or updated, and no orders were imported.</source>
        <translation>Klientu sarakstā nav pasūtījumu: klienti pievienoti vai atjaunināti, pasūtījumi netika importēti.</translation>
    </message>
    <message>
        <source>This PrestaShop export lists orders without their line items: revenue and customers are imported, but baskets and product pairs need an export with line items.</source>
        <translation>Šajā PrestaShop eksportā pasūtījumi ir bez precēm: ieņēmumi un klienti tiek importēti, bet groziem un preču pāriem vajag eksportu ar precēm.</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} un {second}</translation>
    </message>
    <message>
        <source>{left} → {right} by {column}</source>
        <translation>{left} → {right} pēc {column}</translation>
    </message>
    <message>
        <source>Missing: the items file (required).</source>
        <translation>Trūkst: pozīciju faila (obligāts).</translation>
    </message>
    <message>
        <source>Missing: the orders file (required).</source>
        <translation>Trūkst: pasūtījumu faila (obligāts).</translation>
    </message>
    <message>
        <source>items</source>
        <translation>pozīciju</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>pasūtījumu</translation>
    </message>
    <message>
        <source>PrestaShop&apos;s order details (Advanced Parameters → SQL Manager: a query over order_detail with id_order, product_name, product_reference, product_quantity and unit_price_tax_excl, exported as CSV)</source>
        <translation>PrestaShop pasūtījumu detaļas (Papildu parametri → SQL pārvaldnieks: vaicājums order_detail ar id_order, product_name, product_reference, product_quantity un unit_price_tax_excl, eksportēts kā CSV)</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>valūta</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>klients</translation>
    </message>
    <message>
        <source>line total</source>
        <translation>rindas summa</translation>
    </message>
    <message>
        <source>order</source>
        <translation>pasūtījums</translation>
    </message>
    <message>
        <source>date (UTC)</source>
        <translation>datums (UTC)</translation>
    </message>
    <message>
        <source>product</source>
        <translation>prece</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>daudzums</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problēma</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statuss</translation>
    </message>
    <message>
        <source>Files checked</source>
        <translation>Faili pārbaudīti</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Imports pabeigts</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>Lasa {file}</translation>
    </message>
    <message>
        <source>{rows} rows checked</source>
        <translation>pārbaudītas rindas: {rows}</translation>
    </message>
    <message>
        <source>{rows} rows read</source>
        <translation>nolasītas rindas: {rows}</translation>
    </message>
    <message>
        <source>date is not YYYYMMDD</source>
        <translation>datums nav formātā GGGGMMDD</translation>
    </message>
    <message>
        <source>date is before 1990 or after tomorrow</source>
        <translation>datums ir pirms 1990. gada vai pēc rītdienas</translation>
    </message>
    <message>
        <source>item&apos;s order is not in the orders file</source>
        <translation>šīs preces pasūtījuma nav pasūtījumu failā</translation>
    </message>
    <message>
        <source>line price is not a number</source>
        <translation>rindas cena nav skaitlis</translation>
    </message>
    <message>
        <source>line quantity is not a number</source>
        <translation>rindas daudzums nav skaitlis</translation>
    </message>
    <message>
        <source>line total is not a number</source>
        <translation>rindas summa nav skaitlis</translation>
    </message>
    <message>
        <source>malformed row (more fields than the header)</source>
        <translation>bojāta rinda (vairāk lauku nekā galvenē)</translation>
    </message>
    <message>
        <source>net revenue is not a number</source>
        <translation>neto ieņēmumi nav skaitlis</translation>
    </message>
    <message>
        <source>no customer to group the purchase into an order</source>
        <translation>nav klienta, pēc kura pirkumu apvienot pasūtījumā</translation>
    </message>
    <message>
        <source>no customer id</source>
        <translation>nav klienta ID</translation>
    </message>
    <message>
        <source>no e-mail, customer id or phone</source>
        <translation>nav e-pasta, klienta ID vai tālruņa</translation>
    </message>
    <message>
        <source>no e-mail and no customer id</source>
        <translation>nav e-pasta un klienta ID</translation>
    </message>
    <message>
        <source>no invoice number</source>
        <translation>nav rēķina numura</translation>
    </message>
    <message>
        <source>no order id</source>
        <translation>nav pasūtījuma ID</translation>
    </message>
    <message>
        <source>no order number</source>
        <translation>nav pasūtījuma numura</translation>
    </message>
    <message>
        <source>no product code or name</source>
        <translation>nav preces koda vai nosaukuma</translation>
    </message>
    <message>
        <source>no product id</source>
        <translation>nav preces ID</translation>
    </message>
    <message>
        <source>no product name or code</source>
        <translation>nav preces nosaukuma vai koda</translation>
    </message>
    <message>
        <source>no product name or SKU</source>
        <translation>nav preces nosaukuma vai SKU</translation>
    </message>
    <message>
        <source>no products listed</source>
        <translation>nav norādītu preču</translation>
    </message>
    <message>
        <source>date is missing or not a date</source>
        <translation>datums trūkst vai nav datums</translation>
    </message>
    <message>
        <source>order already listed on an earlier row (its total is read once)</source>
        <translation>pasūtījums jau norādīts iepriekšējā rindā (tā summa tiek ņemta vienreiz)</translation>
    </message>
    <message>
        <source>order has no items in the items file</source>
        <translation>pasūtījumam nav preču preču failā</translation>
    </message>
    <message>
        <source>price is not a number</source>
        <translation>cena nav skaitlis</translation>
    </message>
    <message>
        <source>price or total is not a number</source>
        <translation>cena vai summa nav skaitlis</translation>
    </message>
    <message>
        <source>quantity is not a number</source>
        <translation>daudzums nav skaitlis</translation>
    </message>
    <message>
        <source>total is not a number</source>
        <translation>summa nav skaitlis</translation>
    </message>
    <message>
        <source>value is not a number</source>
        <translation>vērtība nav skaitlis</translation>
    </message>
    <message>
        <source>Over {cutoffs} past dates, the ranking put a customer who did not come back above one who did {ours} of the time, against {days} for days since the last order and {ratio} for days since the last order divided by the customer&apos;s usual interval.</source>
        <translation>{cutoffs} pagātnes datumos vērtējums klientu, kurš neatgriezās, novietoja augstāk par klientu, kurš atgriezās, {ours} gadījumu, salīdzinot ar {days} dienām kopš pēdējā pasūtījuma un {ratio} dienām kopš pēdējā pasūtījuma, dalītām ar klienta parasto intervālu.</translation>
    </message>
    <message>
        <source>Of the customers we would have flagged {days} days ago, {flagged} did not come back, against {others} of the others.</source>
        <translation>No klientiem, kurus mēs būtu atzīmējuši pirms {days} dienām, {flagged} neatgriezās, salīdzinot ar {others} no pārējiem.</translation>
    </message>
    <message>
        <source>The shop&apos;s history is too short to test who stops ordering: it needs customers who ordered at least {days} days before the last order.</source>
        <translation>Veikala vēsture ir par īsu, lai pārbaudītu, kas pārstāj pasūtīt: vajag klientus, kuri pasūtīja vismaz {days} dienas pirms pēdējā pasūtījuma.</translation>
    </message>
    <message>
        <source>The purchase model sees no customer ever stopping and it did not rank better than days since the last order on the past, so customers are ranked by days since their last order.</source>
        <translation>Pirkumu modelis neredz, ka kāds klients jebkad pārstātu pirkt, un pagātnē tas nesarindoja labāk par dienām kopš pēdējā pasūtījuma, tāpēc klienti ir sarindoti pēc dienām kopš pēdējā pasūtījuma.</translation>
    </message>
    <message>
        <source>Only {repeat} customers ordered more than once, too few to fit the purchase model, so customers are ranked by days since their last order.</source>
        <translation>Tikai {repeat} klienti pasūtīja vairāk nekā vienu reizi — par maz, lai pielāgotu pirkumu modeli, tāpēc klienti ir sarindoti pēc dienām kopš pēdējā pasūtījuma.</translation>
    </message>
    <message>
        <source>The purchase model could not be fitted, so customers are ranked by days since their last order.</source>
        <translation>Pirkumu modeli neizdevās pielāgot, tāpēc klienti ir sarindoti pēc dienām kopš pēdējā pasūtījuma.</translation>
    </message>
    <message>
        <source>Testing the lapse ranking on the past</source>
        <translation>Aiziešanas vērtējuma pārbaude ar pagātnes datiem</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Apdraudētie</translation>
    </message>
    <message>
        <source>High-value repeat customers, not yet silent for long, whom the back-tested lapse ranking puts among the more likely half to stop ordering.</source>
        <translation>Vērtīgi atkārtoti klienti, kas vēl nav ilgi klusējuši, kurus pagātnē pārbaudītais aiziešanas vērtējums ierindo pusē, kura drīzāk pārstās pasūtīt.</translation>
    </message>
    <message>
        <source>There is no list called &apos;{key}&apos;; use one of: {known}.</source>
        <translation>Nav saraksta ar nosaukumu &apos;{key}&apos;; izmantojiet kādu no: {known}.</translation>
    </message>
    <message>
        <source>Showing the {shown} most valuable, and {more} more.</source>
        <translation>Parādīti {shown} vērtīgākie, un vēl {more}.</translation>
    </message>
    <message>
        <source>New (one order in the last 60 days)</source>
        <translation>Jaunie (viens pasūtījums pēdējās 60 dienās)</translation>
    </message>
    <message>
        <source>One-time buyers</source>
        <translation>Vienreizējie pircēji</translation>
    </message>
    <message>
        <source>Loading orders</source>
        <translation>Ielādē pasūtījumus</translation>
    </message>
    <message>
        <source>chance of having stopped: {now} %, up from {before} % a month ago</source>
        <translation>iespēja, ka vairs nepērk: {now} %, pirms mēneša {before} %</translation>
    </message>
    <message>
        <source>more likely to stop ordering than {share} of customers</source>
        <translation>drīzāk pārstās pasūtīt nekā {share} klientu</translation>
    </message>
    <message>
        <source>silent {ratio}× longer than usual</source>
        <translation>klusē {ratio}× ilgāk nekā parasti</translation>
    </message>
    <message>
        <source>predicted value {value}</source>
        <translation>prognozētā vērtība {value}</translation>
    </message>
    <message>
        <source>spent {value}</source>
        <translation>iztērēja {value}</translation>
    </message>
    <message>
        <source>bought once; customers here usually reorder within {days} days, silent for {silent}</source>
        <translation>pirka vienreiz; šeit klienti parasti atkārto pasūtījumu {days} dienu laikā, klusē jau {silent}</translation>
    </message>
    <message>
        <source>usually orders every {days} days, silent for {silent}</source>
        <translation>parasti pasūta ik pēc {days} dienām, klusē jau {silent}</translation>
    </message>
    <message>
        <source>Your most valuable customers: top by predicted value (or by past spend when history is short).</source>
        <translation>Jūsu vērtīgākie klienti: labākie pēc prognozētās vērtības (vai pēc līdzšinējiem tēriņiem, ja vēsture ir īsa).</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Customers who have been silent much longer than they usually wait between orders.</source>
        <translation>Klienti, kas klusē daudz ilgāk, nekā parasti gaida starp pasūtījumiem.</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>Atgūstamie</translation>
    </message>
    <message>
        <source>There is no product number {product} in this shop.</source>
        <translation>Šajā veikalā nav preces ar numuru {product}.</translation>
    </message>
    <message>
        <source>A product cannot be pinned to itself.</source>
        <translation>Preci nevar piespraust pašai sev.</translation>
    </message>
    <message>
        <source>A pair needs two different products.</source>
        <translation>Pārim vajag divas dažādas preces.</translation>
    </message>
    <message>
        <source>Since {day}, {customers} {from_segment} became {to_segment}.</source>
        <translation>Kopš {day}: {customers} no segmenta {from_segment} pārgāja uz segmentu {to_segment}.</translation>
    </message>
    <message>
        <source>No customer had ordered by the end date, so nothing moved.</source>
        <translation>Līdz beigu datumam neviens klients nebija pasūtījis, tāpēc nekas nemainījās.</translation>
    </message>
    <message>
        <source>Segment on the start date</source>
        <translation>Segments sākuma datumā</translation>
    </message>
    <message>
        <source>Where customers moved between segments</source>
        <translation>Kā klienti pārvietojās starp segmentiem</translation>
    </message>
    <message>
        <source>Segment on the end date</source>
        <translation>Segments beigu datumā</translation>
    </message>
    <message>
        <source>No customer went from {from_segment} to {to_segment} between these dates.</source>
        <translation>Starp šiem datumiem neviens klients nepārgāja no segmenta {from_segment} uz segmentu {to_segment}.</translation>
    </message>
    <message>
        <source>The end date {end} is before the start date {start}; swap them.</source>
        <translation>Beigu datums {end} ir pirms sākuma datuma {start}; samainiet tos vietām.</translation>
    </message>
    <message>
        <source>Since {day}, {customers} new customers became {to_segment}.</source>
        <translation>Kopš {day}: jaunie klienti ({customers}) nonāca segmentā {to_segment}.</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>Vēl nav pasūtījumu</translation>
    </message>
    <message>
        <source>e-mail address is not valid</source>
        <translation>e-pasta adrese nav derīga</translation>
    </message>
    <message>
        <source>the same e-mail address appears twice (kept the first)</source>
        <translation>tā pati e-pasta adrese ir divreiz (atstāta pirmā)</translation>
    </message>
    <message>
        <source>did not accept marketing</source>
        <translation>nav piekrišanas mārketingam</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>nav e-pasta adreses</translation>
    </message>
    <message>
        <source>no marketing consent recorded</source>
        <translation>nav reģistrētas piekrišanas mārketingam</translation>
    </message>
    <message>
        <source>The control group must be a share between 0 and 1 (for example 0.1 for 10%).</source>
        <translation>Kontroles grupai jābūt daļai no 0 līdz 1 (piemēram, 0.1 nozīmē 10%).</translation>
    </message>
    <message>
        <source>A country code in the Mailchimp file is not a two-letter ISO code.</source>
        <translation>Valsts kods Mailchimp failā nav divu burtu ISO kods.</translation>
    </message>
    <message>
        <source>The discount for {tier} must be between 0 and 100 percent.</source>
        <translation>Atlaidei “{tier}” jābūt no 0 līdz 100 procentiem.</translation>
    </message>
    <message>
        <source>{rows} {reason}</source>
        <translation>{rows} {reason}</translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first}; {then}</translation>
    </message>
    <message>
        <source>The audience &apos;{audience}&apos; has no customers in this shop.</source>
        <translation>Auditorijai “{audience}” šajā veikalā nav klientu.</translation>
    </message>
    <message>
        <source>The Klaviyo file would be {size} MB, over Klaviyo&apos;s 50 MB limit; choose a smaller audience.</source>
        <translation>Klaviyo fails būtu {size} MB, vairāk nekā Klaviyo 50 MB ierobežojums; izvēlieties mazāku auditoriju.</translation>
    </message>
    <message>
        <source>The Mailchimp column {name} is not a valid merge tag.</source>
        <translation>Mailchimp kolonna {name} nav derīgs sapludināšanas tags (merge tag).</translation>
    </message>
    <message>
        <source>No customer in &apos;{audience}&apos; can go into this file ({reasons}).</source>
        <translation>Neviens klients no “{audience}” nevar tikt iekļauts šajā failā ({reasons}).</translation>
    </message>
    <message>
        <source>&apos;{part}&apos; is not a discount; write it like winback=15.</source>
        <translation>“{part}” nav atlaide; rakstiet to kā winback=15.</translation>
    </message>
    <message>
        <source>The offer file could not be lined up with its customers; nothing was written.</source>
        <translation>Piedāvājuma failu neizdevās saskaņot ar tā klientiem; nekas netika ierakstīts.</translation>
    </message>
    <message>
        <source>The send date must be a day written like 2024-03-31.</source>
        <translation>Nosūtīšanas datumam jābūt dienai, kas rakstīta kā 2024-03-31.</translation>
    </message>
    <message>
        <source>The Shopify tag must be short, lowercase letters, digits and dashes (like sk-vip).</source>
        <translation>Shopify tagam jābūt īsam: mazie burti, cipari un domuzīmes (piemēram, sk-vip).</translation>
    </message>
    <message>
        <source>&apos;{target}&apos; is not a file type Shopkeeper writes; choose one of {known}.</source>
        <translation>“{target}” nav faila tips, ko raksta Shopkeeper; izvēlieties vienu no: {known}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a variant; write it like A:subject=Welcome back or B:discount=10.</source>
        <translation>&apos;{text}&apos; nav variants; rakstiet to kā A:subject=Laipni lūdzam atpakaļ vai B:discount=10.</translation>
    </message>
    <message>
        <source>An offer has two or three variants, or none.</source>
        <translation>Piedāvājumam ir divi vai trīs varianti vai neviena.</translation>
    </message>
    <message>
        <source>Each variant needs its own short name (letters, digits, spaces or dashes; not &apos;control&apos; or &apos;mailed&apos;).</source>
        <translation>Katram variantam vajag savu īsu nosaukumu (burti, cipari, atstarpes vai domuzīmes; ne &apos;control&apos; vai &apos;mailed&apos;).</translation>
    </message>
    <message>
        <source>A variant&apos;s picks are &apos;personal&apos; or &apos;none&apos;.</source>
        <translation>Varianta ieteikumi ir &apos;personal&apos; vai &apos;none&apos;.</translation>
    </message>
    <message>
        <source>{customers} customer(s) had their discount lowered to stay within your margin.</source>
        <translation>Klienti, kuriem atlaide samazināta, lai iekļautos uzcenojumā: {customers}.</translation>
    </message>
    <message>
        <source>{customers} unique coupon code(s) are in the file; import the codes file into your shop before sending.</source>
        <translation>Unikālie atlaides kodi failā: {customers}; pirms nosūtīšanas importējiet kodu failu veikalā.</translation>
    </message>
    <message>
        <source>{rows} row(s) dropped: {reason}.</source>
        <translation>Izmestās rindas ({reason}): {rows}.</translation>
    </message>
    <message>
        <source>{group} {customers}</source>
        <translation>{group} {customers}</translation>
    </message>
    <message>
        <source>{first}, {then}</source>
        <translation>{first}, {then}</translation>
    </message>
    <message>
        <source>Groups: {groups}.</source>
        <translation>Grupas: {groups}.</translation>
    </message>
    <message>
        <source>{customers} customer(s) who did not accept marketing were left out.</source>
        <translation>Izlaisti klienti bez piekrišanas mārketingam: {customers}.</translation>
    </message>
    <message>
        <source>{customers} customer(s) have no known country; their COUNTRY is left empty.</source>
        <translation>Klienti bez zināmas valsts (COUNTRY atstāts tukšs): {customers}.</translation>
    </message>
    <message>
        <source>{cells} text cell(s) were shortened to Mailchimp&apos;s 255-byte limit.</source>
        <translation>Teksta šūnas, saīsinātas līdz Mailchimp 255 baitu limitam: {cells}.</translation>
    </message>
    <message>
        <source>{customers} customer(s) have no marketing consent recorded; they are included, as you asked.</source>
        <translation>Klienti bez reģistrētas piekrišanas mārketingam (iekļauti): {customers}.</translation>
    </message>
    <message>
        <source>{customers} customer(s) have no marketing consent recorded; they are left out (import the shop&apos;s customers export, which says who agreed).</source>
        <translation>Izlaisti klienti bez reģistrētas piekrišanas mārketingam (importējiet veikala klientu eksportu, kurā redzams, kas piekrita): {customers}.</translation>
    </message>
    <message>
        <source>Finding the audience</source>
        <translation>Meklē auditoriju</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Pārbauda failu</translation>
    </message>
    <message>
        <source>Choosing discounts</source>
        <translation>Izvēlas atlaides</translation>
    </message>
    <message>
        <source>Personalising</source>
        <translation>Personalizē</translation>
    </message>
    <message>
        <source>about as often as chance would give</source>
        <translation>apmēram tikpat bieži kā nejauši</translation>
    </message>
    <message>
        <source>{lift}× more often than by chance</source>
        <translation>{lift}× biežāk nekā nejauši</translation>
    </message>
    <message>
        <source>less often than chance would give ({lift}×)</source>
        <translation>retāk nekā nejauši ({lift}×)</translation>
    </message>
    <message>
        <source>This shop has no orders yet, so there is nothing bought together to show.</source>
        <translation>Šim veikalam vēl nav pasūtījumu, tāpēc nav ko parādīt kā kopā pirktu.</translation>
    </message>
    <message>
        <source>No product matches “{text}”; try its SKU or part of its name.</source>
        <translation>Neviens produkts neatbilst “{text}”; mēģiniet tā SKU vai daļu nosaukuma.</translation>
    </message>
    <message>
        <source>Building baskets</source>
        <translation>Veido grozus</translation>
    </message>
    <message>
        <source>Counting products bought together</source>
        <translation>Skaita kopā pirktās preces</translation>
    </message>
    <message>
        <source>Looking for sets of three</source>
        <translation>Meklē trīs preču komplektus</translation>
    </message>
    <message>
        <source>{rule}; {chance}</source>
        <translation>{rule}; {chance}</translation>
    </message>
    <message>
        <source>bought together in {together} of {total} baskets that contain {product}</source>
        <translation>pirkti kopā {together} no {total} groziem, kuros ir {product}</translation>
    </message>
    <message>
        <source>bought together in {together} of {total} orders that contain {product}</source>
        <translation>pirkti kopā {together} no {total} pasūtījumiem, kuros ir {product}</translation>
    </message>
    <message>
        <source>all three bought together in {together} baskets</source>
        <translation>visi trīs pirkti kopā {together} grozos</translation>
    </message>
    <message>
        <source>all three bought together in {together} orders</source>
        <translation>visi trīs pirkti kopā {together} pasūtījumos</translation>
    </message>
    <message>
        <source>There is no customer {customer} in this shop.</source>
        <translation>Šajā veikalā nav klienta {customer}.</translation>
    </message>
    <message>
        <source>Customer {customer} has no orders in this shop.</source>
        <translation>Klientam {customer} šajā veikalā nav pasūtījumu.</translation>
    </message>
    <message>
        <source>Finding each customer&apos;s picks</source>
        <translation>Meklē ieteikumus katram klientam</translation>
    </message>
    <message>
        <source>Choosing the picks&apos; settings on earlier weeks</source>
        <translation>Izvēlas ieteikumu iestatījumus pēc iepriekšējām nedēļām</translation>
    </message>
    <message>
        <source>bought it in {orders} order(s), the last {since} days ago</source>
        <translation>pirka to {orders} pasūtījumā(-os), pēdējo reizi pirms {since} dienām</translation>
    </message>
    <message>
        <source>customers who bought what they bought also bought it</source>
        <translation>klienti, kas pirka to pašu, pirka arī šo</translation>
    </message>
    <message>
        <source>bought it in {orders} order(s); customers usually rebuy it every {days} days</source>
        <translation>pirka to pasūtījumos: {orders}; klienti to parasti pērk atkal ik pēc {days} dienām</translation>
    </message>
    <message>
        <source>often bought with {product}, which they bought</source>
        <translation>bieži pirkts kopā ar {product}, ko klients ir pircis</translation>
    </message>
    <message>
        <source>bestseller in their country</source>
        <translation>pārdotākais viņa valstī</translation>
    </message>
    <message>
        <source>bought before, rebought regularly</source>
        <translation>pirkts agrāk, regulāri pērk atkārtoti</translation>
    </message>
    <message>
        <source>bestseller in their segment</source>
        <translation>pārdotākais viņa segmentā</translation>
    </message>
    <message>
        <source>similar to what they bought</source>
        <translation>līdzīgs tam, ko pirka</translation>
    </message>
    <message>
        <source>bought together with what they bought</source>
        <translation>pirkts kopā ar to, ko viņi pirka</translation>
    </message>
    <message>
        <source>No customer bought both before and during the test periods, so there is nothing to test.</source>
        <translation>Neviens klients nepirka gan pirms testa periodiem, gan to laikā, tāpēc nav ko pārbaudīt.</translation>
    </message>
    <message>
        <source>The shop&apos;s history is too short to test the picks: it needs about {weeks} weeks of orders from known customers.</source>
        <translation>Veikala vēsture ir par īsu, lai pārbaudītu ieteikumus: vajag aptuveni {weeks} nedēļu pasūtījumu no zināmiem klientiem.</translation>
    </message>
    <message>
        <source>Testing the picks on period {window} of {windows}</source>
        <translation>Pārbauda ieteikumus periodā {window} no {windows}</translation>
    </message>
    <message>
        <source>Over {windows} periods of {weeks} weeks, our picks named something the customer then bought for {picks} of returning customers ({picks_low} to {picks_high}), against {again} ({again_low} to {again_high}) for their own past products and {best} ({best_low} to {best_high}) for the shop&apos;s bestsellers; for products new to the customer: {new} ({new_low} to {new_high}), against {best_new} for bestsellers they did not own.</source>
        <translation>{windows} periodos pa {weeks} nedēļām mūsu ieteikumi nosauca kaut ko, ko klients pēc tam nopirka, {picks} atgriezušos klientu (no {picks_low} līdz {picks_high}), salīdzinot ar {again} (no {again_low} līdz {again_high}) viņu pašu iepriekšējiem produktiem un {best} (no {best_low} līdz {best_high}) veikala populārākajām precēm; klientam jauniem produktiem: {new} (no {new_low} līdz {new_high}), salīdzinot ar {best_new} populārākajām precēm, kuru viņiem vēl nebija.</translation>
    </message>
    <message>
        <source>Over {windows} periods of {weeks} weeks, our picks named something the customer then bought for {picks} of returning customers ({picks_low} to {picks_high}), against {again} ({again_low} to {again_high}) for their own past products and {best} ({best_low} to {best_high}) for the shop&apos;s bestsellers; for products new to the customer: {new} ({new_low} to {new_high}), against {best_new} for bestsellers they did not own. Tested on a random sample of {tested} of the {eligible} returning customers of the periods.</source>
        <translation>{windows} periodos pa {weeks} nedēļām mūsu ieteikumi nosauca kaut ko, ko klients pēc tam nopirka, {picks} atgriezušos klientu (no {picks_low} līdz {picks_high}), salīdzinot ar {again} (no {again_low} līdz {again_high}) viņu pašu iepriekšējiem produktiem un {best} (no {best_low} līdz {best_high}) veikala populārākajām precēm; klientam jauniem produktiem: {new} (no {new_low} līdz {new_high}), salīdzinot ar {best_new} populārākajām precēm, kuru viņiem vēl nebija. Pārbaudīts nejaušā izlasē: {tested} no {eligible} šo periodu atgriezušos klientu.</translation>
    </message>
    <message>
        <source>The customer was erased from the shop, but {count} backup(s) could not be cleaned ({files}); Shopkeeper tries again each time it opens this shop, or delete them yourself.</source>
        <translation>Klients ir dzēsts no veikala, bet rezerves kopijas nevarēja notīrīt (skaits: {count}; {files}); Shopkeeper mēģinās vēlreiz katru reizi, kad atvērs šo veikalu, vai arī izdzēsiet tās paši.</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}).</source>
        <translation>Nevarēja ierakstīt {path} ({reason}).</translation>
    </message>
    <message>
        <source>The customer was erased, but another Shopkeeper window is reading this shop, so old copies stay in the file until it is compacted; close the other windows and compact the shop (python -m core erase-customer --compact-only).</source>
        <translation>Klients ir dzēsts, bet cits Shopkeeper logs lasa šo veikalu, tāpēc vecās kopijas paliek failā, līdz tas tiks saspiests; aizveriet citus logus un saspiediet veikalu (python -m core erase-customer --compact-only).</translation>
    </message>
    <message>
        <source>The customer was erased, but the disk is too full to compact the shop, so old copies stay in the file for now; free some space and run python -m core erase-customer --compact-only.</source>
        <translation>Klients ir dzēsts, bet diskā nepietiek vietas, lai saspiestu veikalu, tāpēc vecās kopijas pagaidām paliek failā; atbrīvojiet vietu un palaidiet python -m core erase-customer --compact-only.</translation>
    </message>
    <message>
        <source>There is no customer with the e-mail {email} in this shop.</source>
        <translation>Šajā veikalā nav klienta ar e-pasta adresi {email}.</translation>
    </message>
    <message>
        <source>There is no customer number {number} in this shop.</source>
        <translation>Šajā veikalā nav klienta ar numuru {number}.</translation>
    </message>
    <message>
        <source>Give either an e-mail address or a customer number, not both.</source>
        <translation>Norādiet vai nu e-pasta adresi, vai klienta numuru, nevis abus.</translation>
    </message>
    <message>
        <source>{file}: choose a file name ending in .json or .csv.</source>
        <translation>{file}: izvēlieties faila nosaukumu, kas beidzas ar .json vai .csv.</translation>
    </message>
    <message>
        <source>{file} has no customer_ref column, so it cannot be matched to customers.</source>
        <translation>Failā {file} nav kolonnas customer_ref, tāpēc to nevar sasaistīt ar klientiem.</translation>
    </message>
    <message>
        <source>{file} has no column called {column}.</source>
        <translation>Failā {file} nav kolonnas ar nosaukumu {column}.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Fails {path} neeksistē.</translation>
    </message>
    <message>
        <source>{file} could not be read as a CSV or Excel file.</source>
        <translation>Failu {file} nevarēja nolasīt kā CSV vai Excel failu.</translation>
    </message>
    <message>
        <source>{file} has no e-mail column and nothing else personal to pseudonymise (name the e-mail column with --email-column).</source>
        <translation>Failā {file} nav e-pasta kolonnas un nekā cita personiska, ko pseidonimizēt (norādiet e-pasta kolonnu ar --email-column).</translation>
    </message>
    <message>
        <source>There is no customer with the e-mail {email} in this shop or its backups.</source>
        <translation>Ne šajā veikalā, ne tā rezerves kopijās nav klienta ar e-pasta adresi {email}.</translation>
    </message>
    <message>
        <source>There is no customer with the e-mail {email} in this shop or its backups (erased on {erased}).</source>
        <translation>Ne šajā veikalā, ne tā rezerves kopijās nav klienta ar e-pasta adresi {email} (dzēsts {erased}).</translation>
    </message>
    <message>
        <source>There is no customer with the e-mail {email} in this shop or its backups (erased on {erased}); {count} file(s) written by Shopkeeper or kept beside its files still mention them, delete them yourself: {files}.</source>
        <translation>Ne šajā veikalā, ne tā rezerves kopijās nav klienta ar e-pasta adresi {email} (dzēsts {erased}); faili, ko ierakstīja Shopkeeper vai kas glabājas blakus tā failiem, joprojām viņu piemin (skaits: {count}) — izdzēsiet tos paši: {files}.</translation>
    </message>
    <message>
        <source>There is no customer with the e-mail {email} in this shop or its backups; {count} file(s) written by Shopkeeper or kept beside its files still mention them, delete them yourself: {files}.</source>
        <translation>Ne šajā veikalā, ne tā rezerves kopijās nav klienta ar e-pasta adresi {email}; faili, ko ierakstīja Shopkeeper vai kas glabājas blakus tā failiem, joprojām viņu piemin (skaits: {count}) — izdzēsiet tos paši: {files}.</translation>
    </message>
    <message>
        <source>{count} backup(s) could not be cleaned yet: {files}.</source>
        <translation>Rezerves kopijas vēl nevarēja notīrīt (skaits: {count}): {files}.</translation>
    </message>
    <message>
        <source>This shop&apos;s pseudonym key is missing or different, so the unfinished erase cannot find the customer; restore the shop file that was erasing.</source>
        <translation>Šī veikala pseidonīmu atslēgas trūkst vai tā ir cita, tāpēc nepabeigtā dzēšana nevar atrast klientu; atjaunojiet veikala failu, no kura notika dzēšana.</translation>
    </message>
    <message>
        <source>The erase records beside this shop belong to another shop; move them away ({file}) and try again.</source>
        <translation>Dzēšanas ieraksti blakus šim veikalam pieder citam veikalam; pārvietojiet tos citur ({file}) un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>The erase records {file} beside the shop cannot be read; they must not be deleted or edited.</source>
        <translation>Dzēšanas ierakstus {file} blakus veikalam nevar nolasīt; tos nedrīkst dzēst vai labot.</translation>
    </message>
    <message>
        <source>Nothing was erased: the erase request could not be saved beside the shop in {folder} ({reason}); check that the folder is writable and the disk has room.</source>
        <translation>Nekas netika dzēsts: dzēšanas pieprasījumu nevarēja saglabāt blakus veikalam mapē {folder} ({reason}); pārbaudiet, vai mapē var rakstīt un vai diskā ir vieta.</translation>
    </message>
    <message>
        <source>This shop&apos;s erase records cannot be read without its pseudonym key, so a restore could bring erased customers back; nothing was restored.</source>
        <translation>Šī veikala dzēšanas ierakstus nevar nolasīt bez tā pseidonīmu atslēgas, tāpēc atjaunošana varētu atgriezt dzēstos klientus; nekas netika atjaunots.</translation>
    </message>
    <message>
        <source>{count} backup(s) still hold this customer and could not be cleaned ({files}); Shopkeeper tries again each time it opens this shop.</source>
        <translation>Rezerves kopijās, kuras nevarēja notīrīt, joprojām ir šis klients (skaits: {count}; {files}); Shopkeeper mēģinās vēlreiz katru reizi, kad atvērs šo veikalu.</translation>
    </message>
    <message>
        <source>asked to drop it</source>
        <translation>tika lūgts to izņemt</translation>
    </message>
    <message>
        <source>chosen as the e-mail column</source>
        <translation>izvēlēta kā e-pasta kolonna</translation>
    </message>
    <message>
        <source>its values are e-mail addresses</source>
        <translation>tās vērtības ir e-pasta adreses</translation>
    </message>
    <message>
        <source>its name</source>
        <translation>tās nosaukums</translation>
    </message>
    <message>
        <source>its name and values</source>
        <translation>tās nosaukums un vērtības</translation>
    </message>
    <message>
        <source>its values are customers&apos; names</source>
        <translation>tās vērtības ir klientu vārdi</translation>
    </message>
    <message>
        <source>its values are phone numbers</source>
        <translation>tās vērtības ir tālruņa numuri</translation>
    </message>
    <message>
        <source>its values are customers&apos; towns, companies or addresses</source>
        <translation>tās vērtības ir klientu pilsētas, uzņēmumi vai adreses</translation>
    </message>
    <message>
        <source>its values are postcodes</source>
        <translation>tās vērtības ir pasta indeksi</translation>
    </message>
    <message>
        <source>its values are street addresses</source>
        <translation>tās vērtības ir ielu adreses</translation>
    </message>
    <message>
        <source>its text named customers</source>
        <translation>tās tekstā bija minēti klienti</translation>
    </message>
    <message>
        <source>There is no customer number {customer} in this shop.</source>
        <translation>Šajā veikalā nav klienta ar numuru {customer}.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gatavs</translation>
    </message>
    <message>
        <source>usually rebuys every {days} days, last bought {since} days ago</source>
        <translation>parasti pērk atkal ik pēc {days} dienām, pēdējoreiz pirms {since} dienām</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: {reason}.</source>
        <translation>Atskaiti neizdevās ierakstīt {path}: {reason}.</translation>
    </message>
    <message>
        <source>{name} (sent {sent}): {verdict}</source>
        <translation>{name} (nosūtīts {sent}): {verdict}</translation>
    </message>
    <message>
        <source>{name} (sent {sent}): no result yet.</source>
        <translation>{name} (nosūtīts {sent}): rezultāta vēl nav.</translation>
    </message>
    <message>
        <source>Campaign results</source>
        <translation>Kampaņu rezultāti</translation>
    </message>
    <message>
        <source>Which first purchase brings customers back</source>
        <translation>Kurš pirmais pirkums liek klientiem atgriezties</translation>
    </message>
    <message>
        <source>What changed from {start} to {end}</source>
        <translation>Kas mainījās no {start} līdz {end}</translation>
    </message>
    <message>
        <source>Segment movements</source>
        <translation>Pārejas starp segmentiem</translation>
    </message>
    <message>
        <source>No campaign recorded yet: save an offer file with a control group to see here whether it worked.</source>
        <translation>Vēl nav saglabāta neviena kampaņa: saglabājiet piedāvājuma failu ar kontroles grupu, lai šeit redzētu, vai tā darbojās.</translation>
    </message>
    <message>
        <source>Not enough first orders yet: a product needs at least 10 first buyers to compare.</source>
        <translation>Vēl par maz pirmo pasūtījumu: lai produktu salīdzinātu, tam vajag vismaz 10 pirmos pircējus.</translation>
    </message>
    <message>
        <source>No customer changed segment in this month.</source>
        <translation>Šajā mēnesī neviens klients nemainīja segmentu.</translation>
    </message>
    <message>
        <source>{product}: {rate} of {customers} first buyers came back (shop: {shop_rate})</source>
        <translation>{product}: atgriezās {rate} no {customers} pirmajiem pircējiem (veikalā: {shop_rate})</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Galvenie rādītāji</translation>
    </message>
    <message>
        <source>What changed this month</source>
        <translation>Kas mainījās šajā mēnesī</translation>
    </message>
    <message>
        <source>The disk is full, so the report {file} could not be written; any earlier {file} is unchanged. Free some space and try again.</source>
        <translation>Disks ir pilns, tāpēc atskaiti {file} neizdevās ierakstīt; iepriekšējais {file} nav mainīts. Atbrīvojiet vietu un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>the report {file} could not be written ({reason}); any earlier {file} is unchanged.</source>
        <translation>Atskaiti {file} neizdevās ierakstīt ({reason}); iepriekšējais {file} nav mainīts.</translation>
    </message>
    <message>
        <source>the report {file} could not be written because the folder {folder} does not exist.</source>
        <translation>Atskaiti {file} neizdevās ierakstīt, jo mape {folder} neeksistē.</translation>
    </message>
    <message>
        <source>the report {file} could not be written because the folder {folder} is read-only or you may not write there; choose another folder.</source>
        <translation>Atskaiti {file} neizdevās ierakstīt, jo mape {folder} ir tikai lasāma vai jums tajā nav rakstīšanas tiesību; izvēlieties citu mapi.</translation>
    </message>
    <message>
        <source>Each score needs exactly four cut-offs (for scores 2, 3, 4 and 5).</source>
        <translation>Katram vērtējumam vajag tieši četras robežvērtības (vērtējumiem 2, 3, 4 un 5).</translation>
    </message>
    <message>
        <source>There is no segment map called &apos;{scheme}&apos;; use one of: {known}.</source>
        <translation>Nav segmentu kartes ar nosaukumu “{scheme}”; izmantojiet vienu no: {known}.</translation>
    </message>
    <message>
        <source>Most customers ({share}) bought only once, so they all have frequency score 1; scores 2 to 5 rank the {repeat} repeat customers.</source>
        <translation>Lielākā daļa klientu ({share}) pirka tikai vienreiz, tāpēc visiem ir biežuma vērtējums 1; vērtējumi no 2 līdz 5 sarindo {repeat} atkārtotos klientus.</translation>
    </message>
    <message>
        <source>Share valuable resources, popular products or renewal discounts.</source>
        <translation>Dalieties ar noderīgiem materiāliem, populāriem produktiem vai atlaidēm atkārtotam pirkumam.</translation>
    </message>
    <message>
        <source>Below-average recency and frequency; will be lost soon.</source>
        <translation>Nesenums un biežums zem vidējā; drīz tiks zaudēti.</translation>
    </message>
    <message>
        <source>About To Sleep</source>
        <translation>Gandrīz aizmiguši</translation>
    </message>
    <message>
        <source>Send personal e-mails to reconnect; offer renewals and useful resources.</source>
        <translation>Sūtiet personīgus e-pastus, lai atjaunotu saikni; piedāvājiet atkārtotus pirkumus un noderīgus materiālus.</translation>
    </message>
    <message>
        <source>Spent big and bought often, but long ago.</source>
        <translation>Tērēja daudz un pirka bieži, bet sen.</translation>
    </message>
    <message>
        <source>At Risk</source>
        <translation>Riska grupā</translation>
    </message>
    <message>
        <source>Win them back with new products; talk to them before a competitor does.</source>
        <translation>Atgūstiet viņus ar jaunumiem; runājiet ar viņiem, pirms to izdara konkurents.</translation>
    </message>
    <message>
        <source>Made the biggest and most frequent purchases, but long ago.</source>
        <translation>Veica lielākos un biežākos pirkumus, bet sen.</translation>
    </message>
    <message>
        <source>Can&apos;t Lose Them</source>
        <translation>Nedrīkst zaudēt</translation>
    </message>
    <message>
        <source>Reward them: early access, loyalty perks, ask for reviews.</source>
        <translation>Atalgojiet viņus: agrāka piekļuve, lojalitātes priekšrocības, palūdziet atsauksmes.</translation>
    </message>
    <message>
        <source>Bought recently, buy often and spend the most.</source>
        <translation>Pirka nesen, pērk bieži un tērē visvairāk.</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Čempioni</translation>
    </message>
    <message>
        <source>Offer other relevant products and special discounts; recreate interest.</source>
        <translation>Piedāvājiet citus piemērotus produktus un īpašas atlaides; atjaunojiet interesi.</translation>
    </message>
    <message>
        <source>Last purchase long ago; low spend and few orders.</source>
        <translation>Pēdējais pirkums sen; mazi tēriņi un maz pasūtījumu.</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>Guļošie</translation>
    </message>
    <message>
        <source>Revive interest with an outreach campaign; otherwise ignore.</source>
        <translation>Mēģiniet atdzīvināt interesi ar kampaņu; citādi neņemiet vērā.</translation>
    </message>
    <message>
        <source>Lowest recency, frequency and spend.</source>
        <translation>Zemākais nesenums, biežums un tēriņi.</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Zaudētie</translation>
    </message>
    <message>
        <source>Upsell higher-value products; ask for reviews and referrals.</source>
        <translation>Piedāvājiet vērtīgākus produktus; palūdziet atsauksmes un ieteikumus.</translation>
    </message>
    <message>
        <source>Spend good money often and respond to promotions.</source>
        <translation>Bieži tērē labu naudu un atsaucas uz akcijām.</translation>
    </message>
    <message>
        <source>Loyal Customers</source>
        <translation>Lojālie klienti</translation>
    </message>
    <message>
        <source>Make limited-time offers based on their past purchases.</source>
        <translation>Izsakiet laikā ierobežotus piedāvājumus, balstītus uz iepriekšējiem pirkumiem.</translation>
    </message>
    <message>
        <source>Above-average recency, frequency and spend.</source>
        <translation>Nesenums, biežums un tēriņi virs vidējā.</translation>
    </message>
    <message>
        <source>Customers Needing Attention</source>
        <translation>Klienti, kam vajag uzmanību</translation>
    </message>
    <message>
        <source>Offer membership or a loyalty programme; recommend other products.</source>
        <translation>Piedāvājiet dalību vai lojalitātes programmu; iesakiet citus produktus.</translation>
    </message>
    <message>
        <source>Recent customers who spent a fair amount.</source>
        <translation>Nesenie klienti, kas iztērēja krietnu summu.</translation>
    </message>
    <message>
        <source>Potential Loyalist</source>
        <translation>Potenciāli lojālie</translation>
    </message>
    <message>
        <source>Create brand awareness; offer free trials or samples.</source>
        <translation>Veidojiet zīmola atpazīstamību; piedāvājiet bezmaksas izmēģinājumus vai paraugus.</translation>
    </message>
    <message>
        <source>Recent shoppers who have not spent much yet.</source>
        <translation>Nesenie pircēji, kas vēl nav daudz tērējuši.</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Daudzsološie</translation>
    </message>
    <message>
        <source>Welcome them and help them succeed with what they bought.</source>
        <translation>Sveiciniet viņus un palīdziet gūt labumu no nopirktā.</translation>
    </message>
    <message>
        <source>Bought most recently, but not often.</source>
        <translation>Pirka visnesenāk, bet ne bieži.</translation>
    </message>
    <message>
        <source>Recent Customers</source>
        <translation>Nesenie klienti</translation>
    </message>
    <message>
        <source>Remind them with popular products and a modest discount.</source>
        <translation>Atgādiniet par sevi ar populāriem produktiem un nelielu atlaidi.</translation>
    </message>
    <message>
        <source>Few orders and not seen for a while.</source>
        <translation>Maz pasūtījumu, un kādu laiku nav redzēti.</translation>
    </message>
    <message>
        <source>About to Sleep</source>
        <translation>Gandrīz aizmiguši</translation>
    </message>
    <message>
        <source>Win them back with a personal e-mail and a good discount.</source>
        <translation>Atgūstiet viņus ar personīgu e-pastu un labu atlaidi.</translation>
    </message>
    <message>
        <source>Used to buy often but have not ordered for a long time.</source>
        <translation>Agrāk pirka bieži, bet ilgi nav pasūtījuši.</translation>
    </message>
    <message>
        <source>Contact them personally: find out what went wrong and make a strong offer.</source>
        <translation>Sazinieties ar viņiem personīgi: noskaidrojiet, kas nogāja greizi, un izsakiet spēcīgu piedāvājumu.</translation>
    </message>
    <message>
        <source>Your most frequent buyers of the past, now silent.</source>
        <translation>Jūsu agrāk biežākie pircēji, kas tagad klusē.</translation>
    </message>
    <message>
        <source>Reward them: early access to new products, a thank-you gift, ask for reviews.</source>
        <translation>Atalgojiet viņus: agrāka piekļuve jaunumiem, pateicības dāvana, palūdziet atsauksmes.</translation>
    </message>
    <message>
        <source>Bought recently and often; your best customers.</source>
        <translation>Pirka nesen un bieži; jūsu labākie klienti.</translation>
    </message>
    <message>
        <source>Include them in general newsletters only; do not spend much on them.</source>
        <translation>Sūtiet viņiem tikai vispārējos jaunumus; netērējiet viņiem daudz.</translation>
    </message>
    <message>
        <source>Few orders, long ago.</source>
        <translation>Maz pasūtījumu, sen.</translation>
    </message>
    <message>
        <source>Offer a loyalty programme or members-only products; ask for referrals.</source>
        <translation>Piedāvājiet lojalitātes programmu vai produktus tikai biedriem; palūdziet ieteikt jūs citiem.</translation>
    </message>
    <message>
        <source>Buy often, but not quite as recently as the champions.</source>
        <translation>Pērk bieži, bet ne tik nesen kā čempioni.</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Lojālie</translation>
    </message>
    <message>
        <source>Send a limited-time offer based on what they bought before.</source>
        <translation>Nosūtiet laikā ierobežotu piedāvājumu, balstītu uz to, ko viņi pirka agrāk.</translation>
    </message>
    <message>
        <source>Average recency and frequency; could go either way.</source>
        <translation>Vidējs nesenums un biežums; var iet uz vienu vai otru pusi.</translation>
    </message>
    <message>
        <source>Need Attention</source>
        <translation>Prasa uzmanību</translation>
    </message>
    <message>
        <source>Welcome them: a helpful follow-up e-mail and a small second-order offer.</source>
        <translation>Sveiciniet viņus: noderīgs e-pasts pēc pirkuma un neliels piedāvājums otrajam pasūtījumam.</translation>
    </message>
    <message>
        <source>Bought for the first time very recently.</source>
        <translation>Pirmo reizi pirka pavisam nesen.</translation>
    </message>
    <message>
        <source>New Customers</source>
        <translation>Jaunie klienti</translation>
    </message>
    <message>
        <source>Invite them to a loyalty programme and recommend related products.</source>
        <translation>Uzaiciniet viņus lojalitātes programmā un iesakiet saistītus produktus.</translation>
    </message>
    <message>
        <source>Recent customers with a few orders.</source>
        <translation>Nesenie klienti ar dažiem pasūtījumiem.</translation>
    </message>
    <message>
        <source>Potential Loyalists</source>
        <translation>Potenciāli lojālie</translation>
    </message>
    <message>
        <source>Build the relationship: show best-sellers and a free-shipping threshold.</source>
        <translation>Veidojiet attiecības: parādiet pārdotākos produktus un bezmaksas piegādes slieksni.</translation>
    </message>
    <message>
        <source>Bought once, fairly recently.</source>
        <translation>Pirka vienreiz, samērā nesen.</translation>
    </message>
    <message>
        <source>Recency × frequency+spend (11 segments)</source>
        <translation>Nesenums × biežums+tēriņi (11 segmenti)</translation>
    </message>
    <message>
        <source>Recency × frequency (10 segments)</source>
        <translation>Nesenums × biežums (10 segmenti)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nezināms</translation>
    </message>
    <message>
        <source>Too little history to predict value.</source>
        <translation>Par īsu vēsture, lai prognozētu vērtību.</translation>
    </message>
    <message>
        <source>The banner could not be made safe for Shopify; nothing was produced.</source>
        <translation>Reklāmkarogu neizdevās padarīt drošu Shopify; nekas netika izveidots.</translation>
    </message>
    <message>
        <source>No products were bought together often enough to recommend anything yet.</source>
        <translation>Neviena prece vēl nav pirkta kopā pietiekami bieži, lai ko ieteiktu.</translation>
    </message>
    <message>
        <source>There are no sales to pick bestsellers from for this choice.</source>
        <translation>Šai izvēlei nav pārdošanas datu, no kuriem izvēlēties populārākās preces.</translation>
    </message>
    <message>
        <source>The customer tag must be short lowercase letters, digits and dashes, like sk-vip.</source>
        <translation>Klienta tagam jābūt īsam: mazie burti, cipari un domuzīmes, piemēram, sk-vip.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a snippet Shopkeeper makes; choose one of {known}.</source>
        <translation>“{kind}” nav koda fragments, ko veido Shopkeeper; izvēlieties vienu no: {known}.</translation>
    </message>
    <message>
        <source>The snippet could not be made safe for Shopify; nothing was produced.</source>
        <translation>Koda fragmentu neizdevās padarīt drošu Shopify; nekas netika izveidots.</translation>
    </message>
    <message>
        <source>Bestsellers among: {audience}.</source>
        <translation>Pārdotākie starp: {audience}.</translation>
    </message>
    <message>
        <source>{products} products have recommendations (capped at the {limit} best sellers).</source>
        <translation>Produkti ar ieteikumiem: {products} (ierobežots līdz {limit} pārdotākajiem).</translation>
    </message>
    <message>
        <source>{products} product(s) held back: drafts, unpublished or out of stock in your catalog; they are never recommended.</source>
        <translation>Aizturētās preces: {products} (melnraksti, nepublicētas vai katalogā beigušās); tās nekad netiek ieteiktas.</translation>
    </message>
    <message>
        <source>{products} product(s) were left out because their name holds a customer&apos;s e-mail or name (this note is for you only, it is not in the snippet): {names}.</source>
        <translation>Izlaisti produkti, kuru nosaukumā ir klienta e-pasts vai vārds (šī piezīme ir tikai jums, fragmentā tās nav): {products}: {names}.</translation>
    </message>
    <message>
        <source>Links are guesses made from product names: no product catalog is imported. Import your shop&apos;s product export (Shopify: Products &gt; Export; WooCommerce: Products &gt; Export) so the links and pictures are the shop&apos;s own.</source>
        <translation>Saites ir uzminētas no preču nosaukumiem: preču katalogs nav importēts. Importējiet veikala preču eksportu (Shopify: Products &gt; Export; WooCommerce: Produkti &gt; Eksportēt), lai saites un attēli būtu paša veikala.</translation>
    </message>
    <message>
        <source>{products} product(s) in the snippet have no link in your catalog: their links are guessed from their names.</source>
        <translation>Preces fragmentā bez saites jūsu katalogā: {products}; to saites ir uzminētas no nosaukumiem.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a shop database.</source>
        <translation>{path} ir mape, nevis veikala datubāze.</translation>
    </message>
    <message>
        <source>This shop is being changed by another window or program; try again when it has finished.</source>
        <translation>Šo veikalu pašlaik maina cits logs vai programma; mēģiniet vēlreiz, kad tas būs pabeidzis.</translation>
    </message>
    <message>
        <source>The shop file {path} cannot be opened or written: the folder may be missing, read-only or without permission.</source>
        <translation>Veikala failu {path} nevar atvērt vai ierakstīt: mapes var nebūt, tā var būt tikai lasāma vai bez atļaujas.</translation>
    </message>
    <message>
        <source>The shop file {path} cannot be read: {reason}.</source>
        <translation>Veikala failu {path} nevar nolasīt: {reason}.</translation>
    </message>
    <message>
        <source>{file} is a database, but not a Shopkeeper shop.</source>
        <translation>{file} ir datubāze, bet ne Shopkeeper veikals.</translation>
    </message>
    <message>
        <source>The disk is full, so the shop could not be saved; nothing was changed. Free some space and try again.</source>
        <translation>Disks ir pilns, tāpēc veikalu nevarēja saglabāt; nekas netika mainīts. Atbrīvojiet vietu un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>{file} could not be upgraded to this version of Shopkeeper; it is unchanged.</source>
        <translation>Failu {file} nevarēja atjaunināt uz šo Shopkeeper versiju; tas nav mainīts.</translation>
    </message>
    <message>
        <source>{file} could not be upgraded to this version of Shopkeeper; it is unchanged and a backup was made first.</source>
        <translation>Failu {file} nevarēja atjaunināt uz šo Shopkeeper versiju; tas nav mainīts, un iepriekš tika izveidota rezerves kopija.</translation>
    </message>
    <message>
        <source>{file} was made by a newer Shopkeeper (schema {schema}); please update the app.</source>
        <translation>{file} izveidoja jaunāka Shopkeeper versija (shēma {schema}); lūdzu, atjauniniet lietotni.</translation>
    </message>
    <message>
        <source>There is no shop database at {path}.</source>
        <translation>Ceļā {path} nav veikala datubāzes.</translation>
    </message>
    <message>
        <source>{file} is not a Shopkeeper shop database (it is not a database at all).</source>
        <translation>{file} nav Shopkeeper veikala datubāze (tā vispār nav datubāze).</translation>
    </message>
    <message>
        <source>{file} is not a Shopkeeper shop database.</source>
        <translation>{file} nav Shopkeeper veikala datubāze.</translation>
    </message>
    <message>
        <source>{file} is a database, but not a Shopkeeper shop (it belongs to another program); it was not changed.</source>
        <translation>{file} ir datubāze, bet ne Shopkeeper veikals (tā pieder citai programmai); tā netika mainīta.</translation>
    </message>
    <message>
        <source>The shop file {file} is read-only or locked against changes, so Shopkeeper cannot save to it; nothing was changed. Copy it to a folder you can write to, or allow changes to it, and try again.</source>
        <translation>Veikala fails {file} ir tikai lasāms vai bloķēts pret izmaiņām, tāpēc Shopkeeper tajā nevar saglabāt; nekas netika mainīts. Nokopējiet to mapē, kurā varat rakstīt, vai atļaujiet to mainīt un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>The disk is full, so {file} could not be written; any earlier {file} is unchanged. Free some space and try again.</source>
        <translation>Disks ir pilns, tāpēc {file} nevarēja ierakstīt; iepriekšējais {file} nav mainīts. Atbrīvojiet vietu un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>{file} could not be written ({reason}); any earlier {file} is unchanged.</source>
        <translation>{file} nevarēja ierakstīt ({reason}); iepriekšējais {file} nav mainīts.</translation>
    </message>
    <message>
        <source>{file} could not be written because the folder {folder} does not exist.</source>
        <translation>{file} nevarēja ierakstīt, jo mape {folder} neeksistē.</translation>
    </message>
    <message>
        <source>{file} could not be written because the folder {folder} is read-only or you may not write there; choose another folder.</source>
        <translation>{file} nevarēja ierakstīt, jo mape {folder} ir tikai lasāma vai jums nav tiesību tajā rakstīt; izvēlieties citu mapi.</translation>
    </message>
</context>
<context>
    <name>money</name>
    <message>
        <source>{0}k</source>
        <translation>{0}&#xa0;tūkst.</translation>
    </message>
    <message>
        <source>{0}M</source>
        <translation>{0}&#xa0;milj.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
</context>
<context>
    <name>platforms</name>
    <message>
        <source>Online Retail file</source>
        <translation>Online Retail fails</translation>
    </message>
    <message>
        <source>spreadsheet</source>
        <translation>izklājlapa</translation>
    </message>
    <message>
        <source>product catalog</source>
        <translation>preču katalogs</translation>
    </message>
</context>
<context>
    <name>recommendation_sources</name>
    <message>
        <source>bought before, rebought regularly</source>
        <translation>pirkts agrāk, regulāri pirkts atkal</translation>
    </message>
    <message>
        <source>similar to what they bought</source>
        <translation>līdzīgs tam, ko pirka</translation>
    </message>
    <message>
        <source>bought together with what they bought</source>
        <translation>pirkts kopā ar to, ko viņi pirka</translation>
    </message>
    <message>
        <source>bestseller in their segment</source>
        <translation>pārdotākais viņa segmentā</translation>
    </message>
    <message>
        <source>bestseller in their country</source>
        <translation>pārdotākais viņa valstī</translation>
    </message>
    <message>
        <source>shop bestseller</source>
        <translation>veikala pārdotākais</translation>
    </message>
</context>
</TS>
