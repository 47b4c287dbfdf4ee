<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Shopkeeper</source>
        <translation>O programie Shopkeeper</translation>
    </message>
    <message>
        <source>Shopkeeper {version}</source>
        <translation>Shopkeeper {version}</translation>
    </message>
    <message>
        <source>Know every customer of your online shop. Your data stays on this computer.</source>
        <translation>Poznaj każdego klienta swojego sklepu internetowego. Twoje dane zostają na tym komputerze.</translation>
    </message>
    <message>
        <source>Licence: MIT. Free to use, change and share.</source>
        <translation>Licencja: MIT. Możesz swobodnie używać, zmieniać i udostępniać.</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Źródła danych</translation>
    </message>
    <message>
        <source>The demo shop uses the Online Retail II data set by Daqing Chen, UCI Machine Learning Repository, licensed CC BY 4.0. Customer names and e-mail addresses in the demo are made up.</source>
        <translation>Sklep demonstracyjny korzysta ze zbioru danych Online Retail II autorstwa Daqing Chen (UCI Machine Learning Repository), licencja CC BY 4.0. Imiona, nazwiska i adresy e-mail klientów w wersji demonstracyjnej są zmyślone.</translation>
    </message>
    <message>
        <source>Built with Qt for Python (PySide6), pandas, SciPy, scikit-learn, matplotlib and SQLite.</source>
        <translation>Zbudowano z użyciem Qt for Python (PySide6), pandas, SciPy, scikit-learn, matplotlib i SQLite.</translation>
    </message>
</context>
<context>
    <name>AlsoBoughtView</name>
    <message>
        <source>no limit</source>
        <translation>bez limitu</translation>
    </message>
    <message>
        <source>off (one order = one basket)</source>
        <translation>wyłączone (jedno zamówienie = jeden koszyk)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Zastosuj</translation>
    </message>
    <message>
        <source>Show products bought together in at least</source>
        <translation>Pokaż produkty kupowane razem w co najmniej</translation>
    </message>
    <message>
        <source>orders; leave out orders with more than</source>
        <translation>zamówieniach; pomiń zamówienia z więcej niż</translation>
    </message>
    <message>
        <source>products; join a customer&apos;s orders within (days)</source>
        <translation>produktami; łącz zamówienia klienta w ciągu (dni)</translation>
    </message>
    <message>
        <source>Search a product by name or number</source>
        <translation>Szukaj produktu po nazwie lub numerze</translation>
    </message>
    <message>
        <source>Pick a product on the left.</source>
        <translation>Wybierz produkt po lewej.</translation>
    </message>
    <message>
        <source>What shoppers of this product are shown, in this order:</source>
        <translation>Co widzą kupujący ten produkt, w tej kolejności:</translation>
    </message>
    <message>
        <source>Pin to the top</source>
        <translation>Przypnij na górze</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Odepnij</translation>
    </message>
    <message>
        <source>Never show with this product</source>
        <translation>Nigdy nie pokazuj przy tym produkcie</translation>
    </message>
    <message>
        <source>Never show anywhere</source>
        <translation>Nigdy nigdzie nie pokazuj</translation>
    </message>
    <message>
        <source>Show the selected product first for this product, in the order you pin</source>
        <translation>Pokazuj wybrany produkt jako pierwszy przy tym produkcie, w kolejności przypinania</translation>
    </message>
    <message>
        <source>For products out of stock, discontinued, gift cards or postage</source>
        <translation>Dla produktów niedostępnych, wycofanych, kart podarunkowych lub wysyłki</translation>
    </message>
    <message>
        <source>Hidden products…</source>
        <translation>Ukryte produkty…</translation>
    </message>
    <message>
        <source>Show hidden products again, or never suggest whole categories</source>
        <translation>Pokaż ponownie ukryte produkty albo nigdy nie proponuj całych kategorii</translation>
    </message>
    <message>
        <source>Bought together (all rules):</source>
        <translation>Kupowane razem (wszystkie reguły):</translation>
    </message>
    <message>
        <source>What is confidence?</source>
        <translation>Co to jest pewność?</translation>
    </message>
    <message>
        <source>What is lift?</source>
        <translation>Co to jest lift?</translation>
    </message>
    <message>
        <source>By product</source>
        <translation>Według produktu</translation>
    </message>
    <message>
        <source>No two products are bought together often enough yet.</source>
        <translation>Jeszcze żadne dwa produkty nie są kupowane razem wystarczająco często.</translation>
    </message>
    <message>
        <source>Sets of three bought together (bundle ideas):</source>
        <translation>Trójki kupowane razem (pomysły na zestawy):</translation>
    </message>
    <message>
        <source>No three products are bought together often enough yet.</source>
        <translation>Jeszcze żadne trzy produkty nie są kupowane razem wystarczająco często.</translation>
    </message>
    <message>
        <source>Top pairs</source>
        <translation>Najczęstsze pary</translation>
    </message>
    <message>
        <source>Testing the picks on your last 12 weeks of orders…</source>
        <translation>Sprawdzam propozycje na zamówieniach z ostatnich 12 tygodni…</translation>
    </message>
    <message>
        <source>Does it work?</source>
        <translation>Czy to działa?</translation>
    </message>
    <message>
        <source>No refills are due now.</source>
        <translation>Teraz nie przypada żadne uzupełnienie zapasu.</translation>
    </message>
    <message>
        <source>Refills due</source>
        <translation>Czas na uzupełnienie</translation>
    </message>
    <message>
        <source>Customer number or e-mail</source>
        <translation>Numer klienta lub e-mail</translation>
    </message>
    <message>
        <source>Show picks</source>
        <translation>Pokaż propozycje</translation>
    </message>
    <message>
        <source>Type a customer&apos;s number or e-mail above and press Show picks.</source>
        <translation>Wpisz powyżej numer lub e-mail klienta i naciśnij „Pokaż propozycje”.</translation>
    </message>
    <message>
        <source>Picks for a customer</source>
        <translation>Propozycje dla klienta</translation>
    </message>
    <message>
        <source>Finding picks…</source>
        <translation>Szukam propozycji…</translation>
    </message>
    <message>
        <source>Rebuys it regularly</source>
        <translation>Regularnie kupuje ponownie</translation>
    </message>
    <message>
        <source>Often bought with their products</source>
        <translation>Często kupowane z ich produktami</translation>
    </message>
    <message>
        <source>Bought together with their products</source>
        <translation>Kupowany razem z ich produktami</translation>
    </message>
    <message>
        <source>Country bestseller</source>
        <translation>Bestseller w kraju</translation>
    </message>
    <message>
        <source>Buy again</source>
        <translation>Kup ponownie</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Odkryj</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message numerus="yes">
        <source>%n pick(s) for this customer.</source>
        <translation>
            <numerusform>%n propozycja dla tego klienta.</numerusform>
            <numerusform>%n propozycje dla tego klienta.</numerusform>
            <numerusform>%n propozycji dla tego klienta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also bought</source>
        <translation>Kupili również</translation>
    </message>
    <message>
        <source>Testing the picks was cancelled.</source>
        <translation>Sprawdzanie propozycji anulowano.</translation>
    </message>
    <message>
        <source>Stopped before the pairs were counted.</source>
        <translation>Zatrzymano, zanim policzono pary.</translation>
    </message>
    <message>
        <source>Could not save the settings</source>
        <translation>Nie udało się zapisać ustawień</translation>
    </message>
    <message>
        <source>Counting which products are bought together…</source>
        <translation>Liczę, które produkty są kupowane razem…</translation>
    </message>
    <message>
        <source>Could not count products bought together</source>
        <translation>Nie udało się policzyć produktów kupowanych razem</translation>
    </message>
    <message>
        <source>No orders yet: import your orders to see what is bought together.</source>
        <translation>Brak zamówień: zaimportuj zamówienia, aby zobaczyć, co jest kupowane razem.</translation>
    </message>
    <message>
        <source>Finding the refills due…</source>
        <translation>Szukam klientów, którym czas uzupełnić zapas…</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>zam.</translation>
    </message>
    <message>
        <source>baskets</source>
        <translation>kosz.</translation>
    </message>
    <message>
        <source>%1 pairs bought together in at least %2 %3 (out of %4 %3; %5 very large orders left out).</source>
        <translation>Par kupowanych razem: %1; próg: %2 %3 (z %4 %3; pominięte bardzo duże zamówienia: %5).</translation>
    </message>
    <message>
        <source>%1 — in %3 orders (%2 of them counted for the pairs, by the settings above)</source>
        <translation>%1 — w %3 zamówieniach (%2 z nich liczy się do par, według ustawień powyżej)</translation>
    </message>
    <message>
        <source>Confidence (%)</source>
        <translation>Pewność (%)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>How this is measured: for each of 4 periods of 12 weeks, the picks are made from the orders before it only, then compared with what each returning customer bought in it; ranges are 95 % intervals. All purchases: rebuys count. New to the customer: only products they had never bought, and every method leaves out what they own. Hit rate: share of customers who bought at least one of their 10 picks. NDCG: the same, giving more credit to hits near the top. Recall: share of what they bought that was picked. Coverage: share of your products picked for anyone.</source>
        <translation>Jak to mierzymy: w każdym z 4 okresów po 12 tygodni propozycje powstają tylko z zamówień sprzed okresu, a potem porównujemy je z tym, co każdy powracający klient w nim kupił; zakresy to przedziały 95 %. Wszystkie zakupy: ponowne zakupy się liczą. Nowe dla klienta: tylko produkty, których nigdy nie kupił, a każda metoda pomija to, co już ma. Trafność: odsetek klientów, którzy kupili co najmniej jedną z 10 propozycji. NDCG: to samo, ale trafienia bliżej góry listy liczą się bardziej. Pokrycie zakupów (recall): część tego, co kupili, która była wśród propozycji. Pokrycie: odsetek Twoich produktów zaproponowanych komukolwiek.</translation>
    </message>
    <message>
        <source>Products this customer is likely to buy next: their own products they are likely to buy again, and products new to them that customers like them bought, then bestsellers.</source>
        <translation>Produkty, które ten klient prawdopodobnie kupi jako następne: jego własne produkty, które prawdopodobnie kupi ponownie, oraz nowe dla niego produkty kupowane przez podobnych klientów, potem bestsellery.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Zamówienia</translation>
    </message>
    <message>
        <source>Bought with</source>
        <translation>Kupowany z</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Wzmocnienie</translation>
    </message>
    <message>
        <source>Together: orders with both. Confidence →: share of the first product&apos;s orders that also hold the second (← the other way). Lift: how many times more often than chance.</source>
        <translation>Razem: zamówienia z oboma produktami. Pewność →: odsetek zamówień pierwszego produktu, które zawierają też drugi (← w drugą stronę). Wzmocnienie: ile razy częściej niż przypadkiem.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Rebuys every (days)</source>
        <translation>Kupuje ponownie co (dni)</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Dni od zakupu</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Confidence → (%)</source>
        <translation>Pewność → (%)</translation>
    </message>
    <message>
        <source>Confidence ← (%)</source>
        <translation>Pewność ← (%)</translation>
    </message>
    <message>
        <source>The %1 pairs bought together most often (all of them: python -m core also-bought --csv). </source>
        <translation>%1 par najczęściej kupowanych razem (wszystkie: python -m core also-bought --csv). </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refill(s) due now: customers who usually rebuy these products about this long after their last purchase.</source>
        <translation>
            <numerusform>Teraz %Ln uzupełnienie: klienci, którzy zwykle kupują te produkty ponownie mniej więcej po takim czasie od ostatniego zakupu.</numerusform>
            <numerusform>Teraz %Ln uzupełnienia: klienci, którzy zwykle kupują te produkty ponownie mniej więcej po takim czasie od ostatniego zakupu.</numerusform>
            <numerusform>Teraz %Ln uzupełnień: klienci, którzy zwykle kupują te produkty ponownie mniej więcej po takim czasie od ostatniego zakupu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Our picks</source>
        <translation>Nasze propozycje</translation>
    </message>
    <message>
        <source>Our buy-again list</source>
        <translation>Nasza lista „Kup ponownie”</translation>
    </message>
    <message>
        <source>Their own products (frequency, recency)</source>
        <translation>Ich własne produkty (częstość, świeżość)</translation>
    </message>
    <message>
        <source>Shop bestsellers</source>
        <translation>Bestsellery sklepu</translation>
    </message>
    <message>
        <source>Similar products (item-kNN)</source>
        <translation>Podobne produkty (item-kNN)</translation>
    </message>
    <message>
        <source>Random products</source>
        <translation>Losowe produkty</translation>
    </message>
    <message>
        <source>Similar customers (EASE)</source>
        <translation>Podobni klienci (EASE)</translation>
    </message>
    <message>
        <source>All purchases</source>
        <translation>Wszystkie zakupy</translation>
    </message>
    <message>
        <source>New to the customer</source>
        <translation>Nowe dla klienta</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metoda</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Zakupy</translation>
    </message>
    <message>
        <source>Hit rate %</source>
        <translation>Trafienia %</translation>
    </message>
    <message>
        <source>NDCG</source>
        <translation>NDCG</translation>
    </message>
    <message>
        <source>Recall %</source>
        <translation>Kompletność %</translation>
    </message>
    <message>
        <source>Coverage %</source>
        <translation>Zasięg %</translation>
    </message>
    <message>
        <source>customers who bought one of their 10 picks (%)</source>
        <translation>klienci, którzy kupili jedną ze swoich 10 propozycji (%)</translation>
    </message>
    <message>
        <source>The picks could not be tested: %1</source>
        <translation>Nie udało się sprawdzić propozycji: %1</translation>
    </message>
    <message>
        <source>%1 — in %2 orders</source>
        <translation>%1 — zamówienia: %2</translation>
    </message>
    <message>
        <source>Pinned by you</source>
        <translation>Przypięte przez Ciebie</translation>
    </message>
    <message>
        <source>Bought together</source>
        <translation>Kupowane razem</translation>
    </message>
    <message>
        <source>Same-category bestseller</source>
        <translation>Bestseller z tej samej kategorii</translation>
    </message>
    <message>
        <source>Segment bestseller</source>
        <translation>Bestseller segmentu</translation>
    </message>
    <message>
        <source>Shop bestseller</source>
        <translation>Bestseller sklepu</translation>
    </message>
    <message>
        <source>Why it is shown</source>
        <translation>Dlaczego jest pokazany</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Customers tested</source>
        <translation>Sprawdzeni klienci</translation>
    </message>
    <message>
        <source>Pick a product on the left to see what is bought with it.</source>
        <translation>Wybierz produkt po lewej, aby zobaczyć, co kupuje się razem z nim.</translation>
    </message>
    <message>
        <source>Not bought together with anything often enough yet.</source>
        <translation>Jeszcze nie jest kupowany razem z niczym wystarczająco często.</translation>
    </message>
    <message>
        <source>Strongest partners</source>
        <translation>Najmocniejsze pary</translation>
    </message>
    <message>
        <source>Could not change the list</source>
        <translation>Nie udało się zmienić listy</translation>
    </message>
    <message>
        <source>%1 pinned here · %2 products never shown · %3 pairs never shown</source>
        <translation>Przypięte tutaj: %1 · produkty nigdy niepokazywane: %2 · pary nigdy niepokazywane: %3</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Zacznij od nowa</translation>
    </message>
    <message>
        <source>Stopped. The screen shows only what was ready; press Start again to work it out.</source>
        <translation>Zatrzymano. Ekran pokazuje tylko to, co było gotowe; naciśnij „Zacznij od nowa”, aby to obliczyć.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Pracuję…</translation>
    </message>
</context>
<context>
    <name>CampaignsView</name>
    <message>
        <source>The control group: customers chosen at random who did not get the offer, so that comparing them with those mailed shows what the offer really changed.</source>
        <translation>Grupa kontrolna: losowo wybrani klienci, którzy nie dostali oferty, aby porównanie z tymi, do których ją wysłano, pokazało, co oferta naprawdę zmieniła.</translation>
    </message>
    <message>
        <source>The control group was not mailed: it shows what customers would have done anyway. The difference between a mailed group and the control is what the campaign did; the interval is where the true difference lies with 95 % confidence.</source>
        <translation>Grupa kontrolna nie dostała wiadomości: pokazuje, co klienci zrobiliby i tak. Różnica między grupą, do której wysłano ofertę, a grupą kontrolną to efekt kampanii; przedział to zakres, w którym z 95% pewnością leży prawdziwa różnica.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>Judge on this window</source>
        <translation>Oceniaj w tym okresie</translation>
    </message>
    <message>
        <source>Window after sending</source>
        <translation>Okres po wysyłce</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupy</translation>
    </message>
    <message>
        <source>Each mailed group against the control</source>
        <translation>Każda grupa z wysyłką w porównaniu z grupą kontrolną</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanie</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Pracuję…</translation>
    </message>
    <message>
        <source>Judging each campaign on the orders imported so far…</source>
        <translation>Oceniam każdą kampanię na podstawie dotąd zaimportowanych zamówień…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Zatrzymano.</translation>
    </message>
    <message>
        <source>Could not read the campaigns</source>
        <translation>Nie udało się odczytać kampanii</translation>
    </message>
    <message>
        <source>{0} (sent {1})</source>
        <translation>{0} (wysłano {1})</translation>
    </message>
    <message>
        <source>No campaigns yet.</source>
        <translation>Nie ma jeszcze kampanii.</translation>
    </message>
    <message>
        <source>No campaigns yet. Save an offer file on the Offers screen: its results appear here after you import the orders that follow.</source>
        <translation>Nie ma jeszcze kampanii. Zapisz plik oferty na ekranie Oferty: jej wyniki pojawią się tutaj po zaimportowaniu kolejnych zamówień.</translation>
    </message>
    <message>
        <source>{0} campaign(s). Results use the orders imported so far.</source>
        <translation>Kampanie: {0}. Wyniki opierają się na dotychczas zaimportowanych zamówieniach.</translation>
    </message>
    <message>
        <source>mailed</source>
        <translation>z wysyłką</translation>
    </message>
    <message>
        <source>control</source>
        <translation>kontrolna</translation>
    </message>
    <message>
        <source>all mailed</source>
        <translation>wszystkie z wysyłką</translation>
    </message>
    <message>
        <source>{0}: {1}, sent {2}; judged on the {3} days to {4}.</source>
        <translation>{0}: {1}, wysłano {2}; oceniane w okresie {3} dni do {4}.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Zamówili</translation>
    </message>
    <message>
        <source>Order rate</source>
        <translation>Odsetek zamawiających</translation>
    </message>
    <message>
        <source>Revenue per member</source>
        <translation>Przychód na osobę</translation>
    </message>
    <message>
        <source>Codes used</source>
        <translation>Użyte kody</translation>
    </message>
    <message>
        <source>Order rate difference</source>
        <translation>Różnica odsetka zamawiających</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>Przedział 95%</translation>
    </message>
    <message>
        <source>Revenue per member difference</source>
        <translation>Różnica przychodu na osobę</translation>
    </message>
    <message>
        <source>95 % interval (revenue)</source>
        <translation>Przedział 95% (przychód)</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>od {0} do {1}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0} points</source>
        <translation>{0} pkt proc.</translation>
    </message>
    <message>
        <source>Could not change the window</source>
        <translation>Nie udało się zmienić okresu</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Zapisz…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture or an SVG drawing</source>
        <translation>Zapisz ten wykres jako obraz PNG lub rysunek SVG</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>Copy this chart to the clipboard, to paste into an e-mail or document</source>
        <translation>Skopiuj ten wykres do schowka, aby wkleić go do e-maila lub dokumentu</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Zapisz wykres</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>Obraz PNG (*.png);;Rysunek SVG (*.svg)</translation>
    </message>
    <message>
        <source>Could not save the chart</source>
        <translation>Nie udało się zapisać wykresu</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>Search by name, e-mail or customer number</source>
        <translation>Szukaj po imieniu i nazwisku, e-mailu lub numerze klienta</translation>
    </message>
    <message>
        <source>10 segments (recency × frequency)</source>
        <translation>10 segmentów (świeżość × częstotliwość)</translation>
    </message>
    <message>
        <source>11 segments (recency × frequency and spend)</source>
        <translation>11 segmentów (świeżość × częstotliwość i wydatki)</translation>
    </message>
    <message>
        <source>Recency (5 = bought most recently) × frequency (5 = most orders). Click a cell to see its customers.</source>
        <translation>Świeżość (5 = kupił najniedawniej) × częstotliwość (5 = najwięcej zamówień). Kliknij komórkę, aby zobaczyć jej klientów.</translation>
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
        <translation>Progi ocen (dla ocen 2, 3, 4, 5)</translation>
    </message>
    <message>
        <source>Days since last order at most</source>
        <translation>Dni od zamówienia, maks.</translation>
    </message>
    <message>
        <source>Orders at least</source>
        <translation>Zamówień co najmniej</translation>
    </message>
    <message>
        <source>Spend at least</source>
        <translation>Wydatki co najmniej</translation>
    </message>
    <message>
        <source>Equal groups (quintiles)</source>
        <translation>Równe grupy (kwintyle)</translation>
    </message>
    <message>
        <source>Click a segment on the left or a cell of the grid to see its customers.</source>
        <translation>Kliknij segment po lewej lub komórkę siatki, aby zobaczyć jego klientów.</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenty</translation>
    </message>
    <message>
        <source>{1} customers
{2:,.0f} ({3:.0f} %)
{0}</source>
        <translation>klienci: {1}
{2:,.0f} ({3:.0f} %)
{0}</translation>
    </message>
    <message>
        <source>No customers with orders yet.</source>
        <translation>Nie ma jeszcze klientów z zamówieniami.</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Wszyscy klienci</translation>
    </message>
    <message>
        <source>Top percent</source>
        <translation>Najlepsi – procent</translation>
    </message>
    <message>
        <source>Top number</source>
        <translation>Najlepsi – liczba</translation>
    </message>
    <message>
        <source> % of customers</source>
        <translation> % klientów</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>Eksportuj listę…</translation>
    </message>
    <message>
        <source>VIP size:</source>
        <translation>Wielkość grupy VIP:</translation>
    </message>
    <message>
        <source>Win-back when silent at least</source>
        <translation>Do odzyskania, gdy milczą co najmniej</translation>
    </message>
    <message>
        <source>× their usual interval</source>
        <translation>× ich zwykły odstęp</translation>
    </message>
    <message>
        <source>Lists keep at most</source>
        <translation>Listy obejmują najwyżej</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>Do odzyskania</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Zagrożeni</translation>
    </message>
    <message>
        <source>Nobody is on this list right now.</source>
        <translation>Na tej liście nikogo teraz nie ma.</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listy</translation>
    </message>
    <message>
        <source>Working out the lists…</source>
        <translation>Przygotowuję listy…</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mies.</translation>
    </message>
    <message>
        <source> % a month</source>
        <translation> % miesięcznie</translation>
    </message>
    <message>
        <source>Recalculate</source>
        <translation>Przelicz</translation>
    </message>
    <message>
        <source>Predict value over</source>
        <translation>Przewiduj wartość na</translation>
    </message>
    <message>
        <source>discounting future money by</source>
        <translation>dyskontując przyszłe pieniądze o</translation>
    </message>
    <message>
        <source>Testing how well the predictions work…</source>
        <translation>Sprawdzam, jak dobrze działają prognozy…</translation>
    </message>
    <message>
        <source>Testing who stops ordering on the past…</source>
        <translation>Sprawdzanie na przeszłości, kto przestaje zamawiać…</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Prognozy</translation>
    </message>
    <message>
        <source>Choose automatically</source>
        <translation>Wybierz automatycznie</translation>
    </message>
    <message>
        <source>{0} groups</source>
        <translation>Grupy: {0}</translation>
    </message>
    <message>
        <source>Number of groups:</source>
        <translation>Liczba grup:</translation>
    </message>
    <message>
        <source>Click a group above to see its customers.</source>
        <translation>Kliknij grupę powyżej, aby zobaczyć jej klientów.</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Grupy podobnych</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Show changes</source>
        <translation>Pokaż zmiany</translation>
    </message>
    <message>
        <source>Export these customers…</source>
        <translation>Eksportuj tych klientów…</translation>
    </message>
    <message>
        <source>Save the customers of the chosen movement as a CSV file, for example to send them an offer</source>
        <translation>Zapisz klientów wybranego przejścia jako plik CSV, na przykład aby wysłać im ofertę</translation>
    </message>
    <message>
        <source>Click a row above to see the customers who moved that way.</source>
        <translation>Kliknij wiersz powyżej, aby zobaczyć klientów, którzy tak się przesunęli.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Co się zmieniło</translation>
    </message>
    <message>
        <source>Rebuilding the segments at both dates…</source>
        <translation>Odtwarzanie segmentów na obie daty…</translation>
    </message>
    <message>
        <source>No customer changed segment between these dates.</source>
        <translation>Między tymi datami żaden klient nie zmienił segmentu.</translation>
    </message>
    <message>
        <source>Segment then</source>
        <translation>Segment wtedy</translation>
    </message>
    <message>
        <source>Segment now</source>
        <translation>Segment teraz</translation>
    </message>
    <message>
        <source>Repeat rate by first product: products need at least 10 customers whose first order had them before they are compared.</source>
        <translation>Powroty według pierwszego produktu: produkt jest porównywany dopiero, gdy znalazł się w pierwszym zamówieniu co najmniej 10 klientów.</translation>
    </message>
    <message>
        <source>First product</source>
        <translation>Pierwszy produkt</translation>
    </message>
    <message>
        <source>First buyers</source>
        <translation>Pierwsi kupujący</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>Wrócili</translation>
    </message>
    <message>
        <source>Came back (%)</source>
        <translation>Wrócili (%)</translation>
    </message>
    <message>
        <source>Shop average (%)</source>
        <translation>Średnia sklepu (%)</translation>
    </message>
    <message>
        <source>× average</source>
        <translation>× średnia</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(bez kodu)</translation>
    </message>
    <message>
        <source>First discount code</source>
        <translation>Pierwszy kod rabatowy</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Orders then</source>
        <translation>Zamówienia wtedy</translation>
    </message>
    <message>
        <source>Orders now</source>
        <translation>Zamówienia teraz</translation>
    </message>
    <message>
        <source>Export these customers</source>
        <translation>Eksportuj tych klientów</translation>
    </message>
    <message>
        <source>Could not export the customers</source>
        <translation>Nie udało się wyeksportować klientów</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Days since last order</source>
        <translation>Dni od ostatniego zamówienia</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Zamówienia</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Wydane</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>Średnie zamówienie</translation>
    </message>
    <message>
        <source>Working out segments and predictions…</source>
        <translation>Obliczam segmenty i prognozy…</translation>
    </message>
    <message>
        <source>Can you trust the predictions? Predicted vs actual in a test period</source>
        <translation>Czy prognozom można ufać? Przewidywane a rzeczywiste w okresie testowym</translation>
    </message>
    <message>
        <source>What actually happened</source>
        <translation>Co faktycznie się stało</translation>
    </message>
    <message>
        <source>What the model predicted</source>
        <translation>Co przewidział model</translation>
    </message>
    <message>
        <source>Repeat orders before the test period</source>
        <translation>Ponowne zamówienia przed okresem testowym</translation>
    </message>
    <message>
        <source>Average orders per customer in the test period</source>
        <translation>Zamówień na klienta</translation>
    </message>
    <message>
        <source>Stopped before the segments and predictions were worked out.</source>
        <translation>Zatrzymano, zanim obliczono segmenty i prognozy.</translation>
    </message>
    <message>
        <source>Stopped before the predictions were tested.</source>
        <translation>Zatrzymano, zanim sprawdzono prognozy.</translation>
    </message>
    <message>
        <source>Could not analyse the customers</source>
        <translation>Nie udało się przeanalizować klientów</translation>
    </message>
    <message>
        <source>No orders yet: import your shop&apos;s orders to see segments, lists and predictions.</source>
        <translation>Brak zamówień: zaimportuj zamówienia sklepu, aby zobaczyć segmenty, listy i prognozy.</translation>
    </message>
    <message>
        <source>{0} customers with orders. Predictions are based on {1} repeat customers over {2} days of history.</source>
        <translation>Klienci z zamówieniami: {0}. Prognozy opierają się na {1} stałych klientach i {2} dniach historii.</translation>
    </message>
    <message>
        <source>{0} customers with orders. Only {1} customers ordered more than once over {2} days of history, so predictions would be rough; the lists use past spending (RFM) instead.</source>
        <translation>Klienci z zamówieniami: {0}. Tylko {1} klientów zamówiło więcej niż raz w ciągu {2} dni historii, więc prognozy byłyby zgrubne; listy opierają się na dotychczasowych wydatkach (RFM).</translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation>Przewidywana wartość</translation>
    </message>
    <message>
        <source>Chance of having stopped</source>
        <translation>Szansa, że przestał kupować</translation>
    </message>
    <message>
        <source>All customers ({0})</source>
        <translation>Wszyscy klienci ({0})</translation>
    </message>
    <message>
        <source>{0} ({1}, {2:.0f} % of revenue)</source>
        <translation>{0} ({1}, {2:.0f} % przychodu)</translation>
    </message>
    <message>
        <source>R{0} F{1}: {2} customers</source>
        <translation>R{0} F{1}: klienci: {2}</translation>
    </message>
    <message>
        <source>Recency {0}, frequency {1}: {2} customers</source>
        <translation>Świeżość {0}, częstotliwość {1}: klienci: {2}</translation>
    </message>
    <message>
        <source>{0}: {1} customers</source>
        <translation>{0}: klienci: {1}</translation>
    </message>
    <message>
        <source>All customers: {0}</source>
        <translation>Wszyscy klienci: {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;{1}&lt;br&gt;&lt;br&gt;&lt;b&gt;What to do:&lt;/b&gt; {2}&lt;br&gt;&lt;br&gt;{3} customers, {4:,.0f} revenue; on average {5:.1f} orders, last order {6:.0f} days ago.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;{1}&lt;br&gt;&lt;br&gt;&lt;b&gt;Co zrobić:&lt;/b&gt; {2}&lt;br&gt;&lt;br&gt;Klienci: {3}, przychód: {4:,.0f}; średnio zamówień: {5:.1f}, ostatnie zamówienie {6:.0f} dni temu.</translation>
    </message>
    <message>
        <source>Pick a segment on the left or a cell in the grid to see who is in it and what to do for them.</source>
        <translation>Wybierz segment po lewej lub komórkę siatki, aby zobaczyć, kto do niego należy i co dla nich zrobić.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <source>Usual days between orders</source>
        <translation>Zwykle dni między zamówieniami</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Eksportuj listę</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not export the list</source>
        <translation>Nie udało się wyeksportować listy</translation>
    </message>
    <message>
        <source>Predicted value over the next {0} months (discounted {1:g} % a month), the chance each customer has stopped buying, and when they will probably order next.</source>
        <translation>Przewidywana wartość w ciągu najbliższych {0} mies. (dyskonto {1:g} % miesięcznie), szansa, że klient przestał kupować, i kiedy prawdopodobnie zamówi następnym razem.</translation>
    </message>
    <message>
        <source>Repeat orders</source>
        <translation>Ponowne zamówienia</translation>
    </message>
    <message>
        <source>Expected orders</source>
        <translation>Oczekiwane zamówienia</translation>
    </message>
    <message>
        <source>Chance still a customer (%)</source>
        <translation>Szansa, że nadal jest klientem (%)</translation>
    </message>
    <message>
        <source>Expected order value</source>
        <translation>Oczekiwana wartość zamówienia</translation>
    </message>
    <message>
        <source>Next order expected</source>
        <translation>Następne zamówienie spodziewane</translation>
    </message>
    <message>
        <source>Who stops ordering could not be tested yet: {0}</source>
        <translation>Nie można jeszcze sprawdzić, kto przestaje zamawiać: {0}</translation>
    </message>
    <message>
        <source>The predictions could not be tested yet: {0}</source>
        <translation>Prognoz nie dało się jeszcze sprawdzić: {0}</translation>
    </message>
    <message>
        <source>Finding groups of similar customers…</source>
        <translation>Szukam grup podobnych klientów…</translation>
    </message>
    <message>
        <source>{0} groups (silhouette {1:.2f}; closer to 1 = more distinct). Click a group to see its customers.</source>
        <translation>Grupy: {0} (sylwetka {1:.2f}; bliżej 1 = wyraźniejsze). Kliknij grupę, aby zobaczyć jej klientów.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Main country</source>
        <translation>Główny kraj</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln klient</numerusform>
            <numerusform>%Ln klientów</numerusform>
            <numerusform>%Ln klientów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Save owner&apos;s report…</source>
        <translation>Zapisz raport dla właściciela…</translation>
    </message>
    <message>
        <source>A PDF with these figures, every chart and what to do next</source>
        <translation>PDF z tymi liczbami, wszystkimi wykresami i tym, co zrobić dalej</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>Revenue and orders by month</source>
        <translation>Przychód i zamówienia według miesięcy</translation>
    </message>
    <message>
        <source>Customer segments: how many, and their share of revenue</source>
        <translation>Segmenty klientów: ilu ich jest i jaki mają udział w przychodzie</translation>
    </message>
    <message>
        <source>Recency × frequency: where your customers are</source>
        <translation>Świeżość × częstotliwość: gdzie są Twoi klienci</translation>
    </message>
    <message>
        <source>Do customers come back? Retention by month of first order</source>
        <translation>Czy klienci wracają? Utrzymanie według miesiąca pierwszego zamówienia</translation>
    </message>
    <message>
        <source>How long between orders? Your shop&apos;s buying cycle</source>
        <translation>Ile czasu mija między zamówieniami? Cykl zakupowy Twojego sklepu</translation>
    </message>
    <message>
        <source>Best-selling products by revenue</source>
        <translation>Najlepiej sprzedające się produkty według przychodu</translation>
    </message>
    <message>
        <source>Products most often bought together</source>
        <translation>Produkty najczęściej kupowane razem</translation>
    </message>
    <message>
        <source>Which products go together</source>
        <translation>Które produkty idą w parze</translation>
    </message>
    <message>
        <source>Predicted customer value over the next 12 months</source>
        <translation>Przewidywana wartość klientów w ciągu najbliższych 12 miesięcy</translation>
    </message>
    <message>
        <source>Can you trust the predictions? Predicted vs actual in a test period</source>
        <translation>Czy prognozom można ufać? Przewidywane a rzeczywiste w okresie testowym</translation>
    </message>
    <message>
        <source>Do the recommendations work? App vs best-sellers vs random</source>
        <translation>Czy rekomendacje działają? Aplikacja vs bestsellery vs losowo</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Nowi klienci</translation>
    </message>
    <message>
        <source>Returning customers</source>
        <translation>Powracający klienci</translation>
    </message>
    <message>
        <source>Guests (no customer)</source>
        <translation>Goście (bez konta klienta)</translation>
    </message>
    <message>
        <source>Orders (right axis)</source>
        <translation>Zamówienia (prawa oś)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Zamówienia</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Month (the last month runs only to {day})</source>
        <translation>Miesiąc (ostatni miesiąc tylko do {day})</translation>
    </message>
    <message>
        <source>Revenue ({currency})</source>
        <translation>Przychód ({currency})</translation>
    </message>
    <message>
        <source>Orders with both products (× chance: how much more often than at random)</source>
        <translation>Zamówienia z oboma produktami (× przypadek: ile razy częściej niż losowo)</translation>
    </message>
    <message>
        <source>{orders:,} orders · {lift:.0f}× chance</source>
        <translation>zam.: {orders:,} · {lift:.0f}× przypadek</translation>
    </message>
    <message>
        <source>Repeat orders</source>
        <translation>Ponowne zamówienia</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>zam.</translation>
    </message>
    <message>
        <source>Days to the customer&apos;s next order (last bar: {cap:.0f}+)</source>
        <translation>Dni do następnego zamówienia klienta (ostatni słupek: {cap:.0f}+)</translation>
    </message>
    <message>
        <source>Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec</source>
        <translation>sty lut mar kwi maj cze lip sie wrz paź lis gru</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Share of revenue (%)</source>
        <translation>Udział w przychodach (%)</translation>
    </message>
    <message>
        <source>Recency score (5 = bought most recently)</source>
        <translation>Ocena świeżości (5 = kupili najniedawniej)</translation>
    </message>
    <message>
        <source>Frequency score (5 = buys most often)</source>
        <translation>Ocena częstotliwości (5 = kupują najczęściej)</translation>
    </message>
    <message>
        <source>Months after the first order</source>
        <translation>Miesiące po pierwszym zamówieniu</translation>
    </message>
    <message>
        <source>Month of first order (number of new customers)</source>
        <translation>Miesiąc pierwszego zamówienia (liczba nowych klientów)</translation>
    </message>
    <message>
        <source>% of the month&apos;s new customers who ordered</source>
        <translation>% nowych klientów z danego miesiąca, którzy zamówili</translation>
    </message>
    <message>
        <source>Half of repeat orders come within {days:.0f} days</source>
        <translation>Połowa ponownych zamówień przychodzi w ciągu {days:.0f} dni</translation>
    </message>
    <message>
        <source>Three in four come within {days:.0f} days</source>
        <translation>Trzy na cztery w ciągu {days:.0f} dni</translation>
    </message>
    <message>
        <source>A thicker line means the two products share more orders.</source>
        <translation>Grubsza linia oznacza, że dwa produkty częściej trafiają do tych samych zamówień.</translation>
    </message>
    <message>
        <source>Typical customer: {value}</source>
        <translation>Typowy klient: {value}</translation>
    </message>
    <message>
        <source>Top 10 % are worth {value} or more</source>
        <translation>Najlepsze 10 % jest wartych {value} lub więcej</translation>
    </message>
    <message>
        <source>Predicted value per customer ({currency}); last bar: {cap} or more</source>
        <translation>Przewidywana wartość klienta ({currency}); ostatni słupek: {cap} lub więcej</translation>
    </message>
    <message>
        <source>What customers actually did</source>
        <translation>Co klienci faktycznie zrobili</translation>
    </message>
    <message>
        <source>What the model predicted</source>
        <translation>Co przewidział model</translation>
    </message>
    <message>
        <source>Repeat orders before the test period (customers in the group)</source>
        <translation>Ponowne zamówienia przed okresem testowym (klienci w grupie)</translation>
    </message>
    <message>
        <source>Orders per customer in the last {weeks} weeks</source>
        <translation>Zamówienia na klienta w ostatnich {weeks} tygodniach</translation>
    </message>
    <message>
        <source>Fitted on the history up to {end} and tested on the last {weeks} weeks: the model expected {predicted:,.0f} repeat orders from {customers:,} customers and they placed {actual:,.0f} ({percent:.0f} % {direction}); per customer it was off by {mae:.2f} orders on average.</source>
        <translation>Dopasowano do historii do {end} i sprawdzono na ostatnich {weeks} tygodniach: model oczekiwał {predicted:,.0f} ponownych zamówień od {customers:,} klientów, a złożyli {actual:,.0f} ({percent:.0f} % {direction}); na klienta pomylił się średnio o {mae:.2f} zamówienia.</translation>
    </message>
    <message>
        <source>more predicted than actual</source>
        <translation>więcej przewidziano niż było</translation>
    </message>
    <message>
        <source>fewer predicted than actual</source>
        <translation>mniej przewidziano niż było</translation>
    </message>
    <message>
        <source>This app</source>
        <translation>Ta aplikacja</translation>
    </message>
    <message>
        <source>Best-sellers</source>
        <translation>Bestsellery</translation>
    </message>
    <message>
        <source>Random products</source>
        <translation>Losowe produkty</translation>
    </message>
    <message>
        <source>Bought one of the 10 suggestions (%)</source>
        <translation>Kupili jedną z 10 propozycji (%)</translation>
    </message>
    <message>
        <source>Tested on {n:,} customers who bought again in the last 12 weeks; each method names 10 products per customer</source>
        <translation>Sprawdzone na {n:,} klientach, którzy kupili ponownie w ostatnich 12 tygodniach; każda metoda wskazuje 10 produktów na klienta</translation>
    </message>
    <message>
        <source>No orders yet: import your shop&apos;s orders to see revenue by month.</source>
        <translation>Nie ma jeszcze zamówień: zaimportuj zamówienia sklepu, aby zobaczyć przychody według miesięcy.</translation>
    </message>
    <message>
        <source>No customers with orders yet, so there are no segments to show.</source>
        <translation>Nie ma jeszcze klientów z zamówieniami, więc nie ma segmentów do pokazania.</translation>
    </message>
    <message>
        <source>Segments compare customers with each other, so they need at least 5 customers with orders; this shop has {customers:,} so far.</source>
        <translation>Segmenty porównują klientów między sobą, więc potrzeba co najmniej 5 klientów z zamówieniami; ten sklep ma ich na razie {customers:,}.</translation>
    </message>
    <message>
        <source>At least 5 customers with orders are needed for the recency × frequency grid.</source>
        <translation>Do siatki świeżość × częstotliwość potrzeba co najmniej 5 klientów z zamówieniami.</translation>
    </message>
    <message>
        <source>At least two months of orders are needed to see whether customers come back.</source>
        <translation>Potrzeba zamówień z co najmniej dwóch miesięcy, aby zobaczyć, czy klienci wracają.</translation>
    </message>
    <message>
        <source>Too few repeat orders yet to show how long customers take to come back.</source>
        <translation>Za mało ponownych zamówień, aby pokazać, po jakim czasie klienci wracają.</translation>
    </message>
    <message>
        <source>No products sold yet.</source>
        <translation>Nie sprzedano jeszcze żadnych produktów.</translation>
    </message>
    <message>
        <source>All sales are one product, {name}: {revenue} from {orders:,} orders.</source>
        <translation>Cała sprzedaż to jeden produkt, {name}: {revenue} z {orders:,} zamówień.</translation>
    </message>
    <message>
        <source>No two products were bought together in two or more orders yet, so there are no pairs to show.</source>
        <translation>Żadne dwa produkty nie zostały jeszcze kupione razem w dwóch lub więcej zamówieniach, więc nie ma par do pokazania.</translation>
    </message>
    <message>
        <source>Your shop sells a single product, so there are no products bought together to show.</source>
        <translation>Twój sklep sprzedaje jeden produkt, więc nie ma produktów kupowanych razem.</translation>
    </message>
    <message>
        <source>Too few customers to predict their value yet.</source>
        <translation>Za mało klientów, aby przewidzieć ich wartość.</translation>
    </message>
    <message>
        <source>Not enough history to test the predictions yet.</source>
        <translation>Za krótka historia, aby sprawdzić prognozy.</translation>
    </message>
    <message>
        <source>With only one product, ten suggestions name the whole shop, so there is nothing to compare yet.</source>
        <translation>Przy jednym produkcie dziesięć propozycji obejmuje cały sklep, więc na razie nie ma czego porównywać.</translation>
    </message>
    <message>
        <source>With only {products} products, ten suggestions name the whole shop, so there is nothing to compare yet.</source>
        <translation>Przy zaledwie {products} produktach dziesięć propozycji obejmuje cały sklep, więc na razie nie ma czego porównywać.</translation>
    </message>
    <message>
        <source>Not enough orders to test the recommendations yet.</source>
        <translation>Za mało zamówień, aby sprawdzić rekomendacje.</translation>
    </message>
    <message>
        <source>This chart is not available yet in this version of Shopkeeper.</source>
        <translation>Ten wykres nie jest jeszcze dostępny w tej wersji Shopkeepera.</translation>
    </message>
    <message>
        <source>Orders from {first} to {last} · currency {currency}</source>
        <translation>Zamówienia od {first} do {last} · waluta {currency}</translation>
    </message>
    <message>
        <source>No orders imported yet.</source>
        <translation>Nie zaimportowano jeszcze żadnych zamówień.</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Co zrobić dalej</translation>
    </message>
    <message>
        <source>Owner&apos;s report: {shop}</source>
        <translation>Raport właściciela: {shop}</translation>
    </message>
    <message>
        <source>Import your shop&apos;s orders to get suggestions.</source>
        <translation>Zaimportuj zamówienia sklepu, aby otrzymać wskazówki.</translation>
    </message>
    <message>
        <source>{count} customers due for a win-back offer: silent for at least twice as long as they usually wait between orders.</source>
        <translation>Klienci, którym należy się oferta powrotu: {count}. Milczą co najmniej dwa razy dłużej, niż zwykle czekają między zamówieniami.</translation>
    </message>
    <message>
        <source>{count} customers due for a win-back offer: silent for at least twice as long as they usually wait between orders (they spent {money} with you so far).</source>
        <translation>Klienci, którym należy się oferta powrotu: {count}. Milczą co najmniej dwa razy dłużej, niż zwykle czekają między zamówieniami (wydali u Ciebie dotąd {money}).</translation>
    </message>
    <message>
        <source>{count} valuable customers at risk of leaving: contact them personally before they go quiet.</source>
        <translation>Cenni klienci, którzy mogą odejść: {count}. Skontaktuj się z nimi osobiście, zanim całkiem ucichną.</translation>
    </message>
    <message>
        <source>Thank your {count} VIP customers with early access or a personal note.</source>
        <translation>Podziękuj klientom VIP ({count}) wczesnym dostępem lub osobistą wiadomością.</translation>
    </message>
    <message>
        <source>{count} customers bought once in the last 90 days: invite them back to make them regulars.</source>
        <translation>Klienci, którzy kupili raz w ostatnich 90 dniach: {count}. Zaproś ich ponownie, by zostali stałymi klientami.</translation>
    </message>
    <message>
        <source>{count} customers bought once in the last 90 days: invite them back within about {days} days to make them regulars.</source>
        <translation>Klienci, którzy kupili raz w ostatnich 90 dniach: {count}. Zaproś ich ponownie w ciągu około {days} dni, by zostali stałymi klientami.</translation>
    </message>
    <message>
        <source>Offer &quot;{first}&quot; with &quot;{second}&quot;: bought together in {orders} orders, {lift}× more often than chance.</source>
        <translation>Zaproponuj „{first}” razem z „{second}”: kupowane razem w {orders} zamówieniach, {lift}× częściej niż przypadkiem.</translation>
    </message>
    <message>
        <source>Keep &quot;{product}&quot; in stock: your top seller ({money} from {orders} orders).</source>
        <translation>Dbaj, by „{product}” był zawsze dostępny: to Twój najlepiej sprzedający się produkt ({money}, zamówień: {orders}).</translation>
    </message>
    <message>
        <source>Everyone who placed at least one order. Click to see the list.</source>
        <translation>Wszyscy, którzy złożyli co najmniej jedno zamówienie. Kliknij, aby zobaczyć listę.</translation>
    </message>
    <message>
        <source>Repeat customers</source>
        <translation>Stali klienci</translation>
    </message>
    <message>
        <source>The share of customers who ordered more than once: the heart of a healthy shop. Click to see them.</source>
        <translation>Odsetek klientów, którzy zamówili więcej niż raz: serce zdrowego sklepu. Kliknij, aby ich zobaczyć.</translation>
    </message>
    <message>
        <source>Revenue, last 30 days</source>
        <translation>Przychód, ostatnie 30 dni</translation>
    </message>
    <message>
        <source>Revenue, last 90 days</source>
        <translation>Przychód, ostatnie 90 dni</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>Średnie zamówienie</translation>
    </message>
    <message>
        <source>Customers at risk</source>
        <translation>Klienci zagrożeni odejściem</translation>
    </message>
    <message>
        <source>Repeat customers who have been silent for much longer than usual for them. Click to see who.</source>
        <translation>Stali klienci, którzy milczą znacznie dłużej niż zwykle. Kliknij, aby zobaczyć, kto to.</translation>
    </message>
    <message>
        <source>VIP customers</source>
        <translation>Klienci VIP</translation>
    </message>
    <message>
        <source>Your best customers by spend. Click to see who.</source>
        <translation>Twoi najlepsi klienci według wydatków. Kliknij, aby zobaczyć, kto to.</translation>
    </message>
    <message>
        <source>Open or import a shop to see how it is doing.</source>
        <translation>Otwórz lub zaimportuj sklep, aby zobaczyć, jak sobie radzi.</translation>
    </message>
    <message>
        <source>No shop open.</source>
        <translation>Żaden sklep nie jest otwarty.</translation>
    </message>
    <message>
        <source>How %1 is doing</source>
        <translation>Jak radzi sobie %1</translation>
    </message>
    <message>
        <source>Made by Shopkeeper on {today}. Revenue is sales after discounts and refunds, without shipping and tax; cancelled orders and returns are left out.</source>
        <translation>Przygotowane przez Shopkeeper dnia {today}. Przychód to sprzedaż po rabatach i zwrotach pieniędzy, bez wysyłki i podatku; anulowane zamówienia i zwroty są pominięte.</translation>
    </message>
    <message>
        <source>Sales after discounts and refunds, without shipping and tax, in the 30 days up to the last order in your data, compared with the 30 days before.</source>
        <translation>Sprzedaż po rabatach i zwrotach pieniędzy, bez wysyłki i podatku, z 30 dni do ostatniego zamówienia w Twoich danych, w porównaniu z 30 dniami wcześniej.</translation>
    </message>
    <message>
        <source>Sales after discounts and refunds, without shipping and tax, in the 90 days up to the last order in your data, compared with the 90 days before.</source>
        <translation>Sprzedaż po rabatach i zwrotach pieniędzy, bez wysyłki i podatku, z 90 dni do ostatniego zamówienia w Twoich danych, w porównaniu z 90 dniami wcześniej.</translation>
    </message>
    <message>
        <source>Sales after discounts and refunds (without shipping and tax) divided by the number of orders.</source>
        <translation>Sprzedaż po rabatach i zwrotach pieniędzy (bez wysyłki i podatku) podzielona przez liczbę zamówień.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Zatrzymano.</translation>
    </message>
    <message>
        <source>Stopped before this chart was drawn.</source>
        <translation>Zatrzymano, zanim ten wykres został narysowany.</translation>
    </message>
    <message>
        <source>Could not load the dashboard</source>
        <translation>Nie udało się wczytać pulpitu</translation>
    </message>
    <message>
        <source>Working out the customer lists…</source>
        <translation>Obliczanie list klientów…</translation>
    </message>
    <message>
        <source>Could not open the list</source>
        <translation>Nie udało się otworzyć listy</translation>
    </message>
    <message>
        <source>Save owner&apos;s report</source>
        <translation>Zapisz raport dla właściciela</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokument PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Zapisuję raport…</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Raport zapisano: %1</translation>
    </message>
    <message>
        <source>Owner&apos;s report</source>
        <translation>Raport dla właściciela</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>Raport zapisano w %1.</translation>
    </message>
    <message>
        <source>Could not write the report</source>
        <translation>Nie udało się zapisać raportu</translation>
    </message>
    <message>
        <source>Writing the owner&apos;s report</source>
        <translation>Tworzenie raportu dla właściciela</translation>
    </message>
</context>
<context>
    <name>ExplainLink</name>
    <message>
        <source>What does this mean?</source>
        <translation>Co to znaczy?</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>Choose the file(s) to import</source>
        <translation>Wybierz plik(i) do zaimportowania</translation>
    </message>
    <message>
        <source>An export from Shopify, WooCommerce, PrestaShop, Olist, CDNOW, Online Retail, or any spreadsheet (CSV or XLSX). For a set of files that belong together (orders, items, customers, products), choose them all. You can also drop files here.</source>
        <translation>Eksport z Shopify, WooCommerce, PrestaShop, Olist, CDNOW, Online Retail lub dowolny arkusz (CSV lub XLSX). Jeśli kilka plików należy do siebie (zamówienia, pozycje, klienci, produkty), wybierz je wszystkie. Pliki możesz też upuścić tutaj.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Dodaj pliki…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>1 file, {0}.</source>
        <translation>1 plik, {0}.</translation>
    </message>
    <message>
        <source>{0} files, {1} in all.</source>
        <translation>Pliki: {0}, razem {1}.</translation>
    </message>
    <message>
        <source>Choose shop exports</source>
        <translation>Wybierz eksporty ze sklepu</translation>
    </message>
</context>
<context>
    <name>FirstVisitGuide</name>
    <message>
        <source>Your shop at a glance: sales, customers and what changed. Click a headline to see the customers behind it.</source>
        <translation>Twój sklep w skrócie: sprzedaż, klienci i co się zmieniło. Kliknij wskaźnik, aby zobaczyć klientów, którzy za nim stoją.</translation>
    </message>
    <message>
        <source>Bring in your orders: drop an export file from your shop here, or click Import. Importing the same file again does not create duplicates.</source>
        <translation>Wczytaj swoje zamówienia: upuść tutaj plik eksportu ze sklepu albo kliknij Importuj. Ponowny import tego samego pliku nie tworzy duplikatów.</translation>
    </message>
    <message>
        <source>Every customer with their orders and spending. Search by name or e-mail; double-click a customer to see their whole history.</source>
        <translation>Każdy klient z zamówieniami i wydatkami. Szukaj po imieniu lub e-mailu; kliknij dwukrotnie klienta, aby zobaczyć całą jego historię.</translation>
    </message>
    <message>
        <source>Customers grouped by how recently, how often and how much they buy: look after your Champions, win back those At risk.</source>
        <translation>Klienci pogrupowani według tego, jak niedawno, jak często i za ile kupują: dbaj o Mistrzów, odzyskuj Zagrożonych.</translation>
    </message>
    <message>
        <source>What each customer is likely to spend in the coming months, and who may be about to stop buying.</source>
        <translation>Ile każdy klient prawdopodobnie wyda w najbliższych miesiącach i kto może wkrótce przestać kupować.</translation>
    </message>
    <message>
        <source>Products that are bought together. Use them for &quot;customers who bought this also bought&quot; suggestions and bundles.</source>
        <translation>Produkty kupowane razem. Wykorzystaj je do podpowiedzi „klienci, którzy kupili ten produkt, kupili też” i do zestawów.</translation>
    </message>
    <message>
        <source>Charts of what matters for your shop. Hover for details; save any chart as a picture.</source>
        <translation>Wykresy tego, co ważne dla Twojego sklepu. Najedź kursorem, aby zobaczyć szczegóły; każdy wykres możesz zapisać jako obraz.</translation>
    </message>
    <message>
        <source>Pick a group of customers and an offer, and save a file ready for Mailchimp, Klaviyo or Shopify.</source>
        <translation>Wybierz grupę klientów i ofertę, a następnie zapisz plik gotowy dla Mailchimp, Klaviyo lub Shopify.</translation>
    </message>
    <message>
        <source>A one-page summary of your shop to print or share.</source>
        <translation>Jednostronicowe podsumowanie sklepu do wydrukowania lub udostępnienia.</translation>
    </message>
    <message>
        <source>First time here?</source>
        <translation>Pierwszy raz tutaj?</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Rozumiem</translation>
    </message>
</context>
<context>
    <name>HiddenDialog</name>
    <message>
        <source>Hidden from suggestions</source>
        <translation>Ukryte w propozycjach</translation>
    </message>
    <message>
        <source>Products and pairs you chose never to show. Tick them and press &quot;Show again&quot; to bring them back.</source>
        <translation>Produkty i pary, których nie chcesz pokazywać. Zaznacz je i naciśnij „Pokaż ponownie”, aby je przywrócić.</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Pokaż ponownie</translation>
    </message>
    <message>
        <source>Never suggest products from these categories:</source>
        <translation>Nigdy nie proponuj produktów z tych kategorii:</translation>
    </message>
    <message>
        <source>Your products have no categories in the imported files.</source>
        <translation>W zaimportowanych plikach Twoje produkty nie mają kategorii.</translation>
    </message>
    <message>
        <source>%1 — everywhere</source>
        <translation>%1 — wszędzie</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 razem z %2</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Importing</source>
        <translation>Importowanie</translation>
    </message>
    <message>
        <source>You can cancel: the shop then stays exactly as it was.</source>
        <translation>Możesz anulować: sklep pozostanie wtedy dokładnie taki, jak był.</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Anuluj import</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Uruchamianie…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Gotowe.</translation>
    </message>
    <message>
        <source>You can try again, or close this window; the shop is unchanged.</source>
        <translation>Możesz spróbować ponownie lub zamknąć to okno; sklep się nie zmienił.</translation>
    </message>
</context>
<context>
    <name>ImportView</name>
    <message>
        <source>Import orders or customers…</source>
        <translation>Importuj zamówienia lub klientów…</translation>
    </message>
    <message>
        <source>Earlier imports</source>
        <translation>Wcześniejsze importy</translation>
    </message>
    <message>
        <source>Nothing imported yet.</source>
        <translation>Jeszcze nic nie zaimportowano.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>No shop is open</source>
        <translation>Żaden sklep nie jest otwarty</translation>
    </message>
    <message>
        <source>Use File → New shop or Open shop first.</source>
        <translation>Najpierw użyj Plik → Nowy sklep lub Otwórz sklep.</translation>
    </message>
    <message>
        <source>Bring in your shop&apos;s orders</source>
        <translation>Wczytaj zamówienia swojego sklepu</translation>
    </message>
    <message>
        <source>Export your orders from Shopify, WooCommerce, PrestaShop or any spreadsheet as CSV or XLSX, then import the file here. Your data stays on this computer.</source>
        <translation>Wyeksportuj zamówienia z Shopify, WooCommerce, PrestaShop lub dowolnego arkusza jako CSV lub XLSX, a następnie zaimportuj plik tutaj. Twoje dane zostają na tym komputerze.</translation>
    </message>
    <message>
        <source>Import more data</source>
        <translation>Importuj więcej danych</translation>
    </message>
    <message>
        <source>Importing the same file again adds nothing twice; newer exports update changed orders.</source>
        <translation>Ponowny import tego samego pliku niczego nie dubluje; nowsze eksporty aktualizują zmienione zamówienia.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Wiersze</translation>
    </message>
    <message>
        <source>Orders added</source>
        <translation>Dodane zamówienia</translation>
    </message>
    <message>
        <source>Orders updated</source>
        <translation>Zaktualizowane zamówienia</translation>
    </message>
    <message>
        <source>Lines added</source>
        <translation>Dodane pozycje</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Nowi klienci</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Pominięte</translation>
    </message>
    <message>
        <source>Why skipped</source>
        <translation>Powód pominięcia</translation>
    </message>
    <message>
        <source>Choose a shop export</source>
        <translation>Wybierz eksport ze sklepu</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importowanie…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import się nie powiódł</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>{0} (&apos;{1}&apos;)</source>
        <translation>{0} („{1}”)</translation>
    </message>
    <message>
        <source>Shopkeeper does not recognise the columns of {0}: they look most like a {1}, but the file has no column for {2}. Choose the format, or map the columns by hand.</source>
        <translation>Shopkeeper nie rozpoznaje kolumn pliku {0}: najbardziej przypominają format {1}, ale plik nie ma kolumny dla: {2}. Wybierz format albo przypisz kolumny ręcznie.</translation>
    </message>
    <message>
        <source>Shopkeeper does not recognise the columns of {0}. Choose the format, or map the columns by hand.</source>
        <translation>Shopkeeper nie rozpoznaje kolumn pliku {0}. Wybierz format albo przypisz kolumny ręcznie.</translation>
    </message>
    <message>
        <source>Nothing can be imported from {0}: all {1} rows are skipped because {2}.</source>
        <translation>Z pliku {0} nie można niczego zaimportować: wszystkie wiersze ({1}) są pomijane, bo {2}.</translation>
    </message>
    <message>
        <source>Nothing can be imported from {0}: all {1} rows are skipped because the file has no column for {2}, which a {3} has. Choose the right format, or map the columns by hand.</source>
        <translation>Z pliku {0} nie można niczego zaimportować: wszystkie wiersze ({1}) są pomijane, bo plik nie ma kolumny dla: {2}, którą ma {3}. Wybierz właściwy format albo przypisz kolumny ręcznie.</translation>
    </message>
    <message>
        <source>Nothing can be imported from {0}: all {1} rows are skipped ({2}).</source>
        <translation>Z pliku {0} nie można niczego zaimportować: wszystkie wiersze ({1}) są pomijane ({2}).</translation>
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
        <translation>kilka sekund</translation>
    </message>
    <message>
        <source>about {0} seconds</source>
        <translation>około {0} s</translation>
    </message>
    <message>
        <source>about {0} minutes</source>
        <translation>około {0} min</translation>
    </message>
    <message>
        <source>about {0} hours</source>
        <translation>około {0} godz.</translation>
    </message>
    <message>
        <source>Size: {0}</source>
        <translation>Rozmiar: {0}</translation>
    </message>
    <message>
        <source>{0} rows</source>
        <translation>wiersze: {0}</translation>
    </message>
    <message>
        <source>about {0} rows</source>
        <translation>około {0} wierszy</translation>
    </message>
    <message>
        <source>Checking it takes {0}, importing {1}.</source>
        <translation>Sprawdzenie potrwa {0}, import {1}.</translation>
    </message>
    <message>
        <source>Import shop data</source>
        <translation>Import danych sklepu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
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
        <translation>Znajdź klienta</translation>
    </message>
    <message>
        <source>Name, e-mail or customer number; press Enter (Ctrl+F from anywhere)</source>
        <translation>Imię, e-mail lub numer klienta; naciśnij Enter (Ctrl+F z dowolnego miejsca)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;New shop…</source>
        <translation>&amp;Nowy sklep…</translation>
    </message>
    <message>
        <source>&amp;Open shop…</source>
        <translation>&amp;Otwórz sklep…</translation>
    </message>
    <message>
        <source>Open the &amp;demo shop</source>
        <translation>Otwórz sklep &amp;demonstracyjny</translation>
    </message>
    <message>
        <source>&amp;Import orders…</source>
        <translation>&amp;Importuj zamówienia…</translation>
    </message>
    <message>
        <source>&amp;Recent shops</source>
        <translation>Ostatnie &amp;sklepy</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;Find a customer…</source>
        <translation>&amp;Znajdź klienta…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>P&amp;omoc</translation>
    </message>
    <message>
        <source>Show the &amp;guides again</source>
        <translation>Pokaż &amp;wskazówki ponownie</translation>
    </message>
    <message>
        <source>&amp;About Shopkeeper</source>
        <translation>&amp;O programie Shopkeeper</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(jeszcze brak)</translation>
    </message>
    <message>
        <source>No shop open</source>
        <translation>Brak otwartego sklepu</translation>
    </message>
    <message>
        <source>{name} — counting the records on file…</source>
        <translation>{name} — liczę rekordy w pliku…</translation>
    </message>
    <message>
        <source>{name} — on file: {customers} customers, {orders} orders ({returns} returns, {cancelled} cancelled)</source>
        <translation>{name} — w pliku: klienci: {customers}, zamówienia: {orders} (zwroty: {returns}, anulowane: {cancelled})</translation>
    </message>
    <message>
        <source>{path}
Every customer and order record in the shop file. The dashboard counts purchases (orders not cancelled and not only returns) and the customers who made one.</source>
        <translation>{path}
Wszystkie zapisy klientów i zamówień w pliku sklepu. Pulpit liczy zakupy (zamówienia nieanulowane i nie same zwroty) oraz klientów, którzy ich dokonali.</translation>
    </message>
    <message>
        <source>Shopkeeper — {0}</source>
        <translation>Shopkeeper — {0}</translation>
    </message>
    <message>
        <source>Could not open the shop</source>
        <translation>Nie udało się otworzyć sklepu</translation>
    </message>
    <message>
        <source>Could not open the demo shop</source>
        <translation>Nie udało się otworzyć sklepu demonstracyjnego</translation>
    </message>
    <message>
        <source>Open a shop</source>
        <translation>Otwórz sklep</translation>
    </message>
    <message>
        <source>New shop</source>
        <translation>Nowy sklep</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Say which column holds what</source>
        <translation>Wskaż, co zawiera każda kolumna</translation>
    </message>
    <message>
        <source>Fields marked * are required. Shopkeeper remembers this for files with the same columns.</source>
        <translation>Pola oznaczone * są wymagane. Shopkeeper zapamięta to dla plików z tymi samymi kolumnami.</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— brak w pliku —</translation>
    </message>
    <message>
        <source>{0}   (e.g. {1})</source>
        <translation>{0}   (np. {1})</translation>
    </message>
</context>
<context>
    <name>OffersView</name>
    <message>
        <source>Offer files</source>
        <translation>Pliki ofert</translation>
    </message>
    <message>
        <source>Shop snippets</source>
        <translation>Fragmenty do sklepu</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <source>Mailchimp audience (CSV)</source>
        <translation>Odbiorcy Mailchimp (CSV)</translation>
    </message>
    <message>
        <source>Klaviyo list (CSV)</source>
        <translation>Lista Klaviyo (CSV)</translation>
    </message>
    <message>
        <source>Shopify customer tags (CSV)</source>
        <translation>Tagi klientów Shopify (CSV)</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Arkusz (CSV)</translation>
    </message>
    <message>
        <source>Excel (XLSX)</source>
        <translation>Excel (XLSX)</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>bez limitu</translation>
    </message>
    <message>
        <source>e.g. {first_name}, picked for you: {product_1}</source>
        <translation>np. {first_name}, wybrane dla Ciebie: {product_1}</translation>
    </message>
    <message>
        <source>sk-vip (from the audience when empty)</source>
        <translation>sk-vip (z grupy odbiorców, gdy puste)</translation>
    </message>
    <message>
        <source>Also include customers whose consent is not recorded</source>
        <translation>Uwzględnij też klientów bez zapisanej zgody</translation>
    </message>
    <message>
        <source>Only if you know they agreed: unknown consent is not consent. Customers who said no are never included.</source>
        <translation>Tylko jeśli wiesz, że się zgodzili: nieznana zgoda to nie zgoda. Klienci, którzy odmówili, nigdy nie są uwzględniani.</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Odbiorcy</translation>
    </message>
    <message>
        <source>File for</source>
        <translation>Plik dla</translation>
    </message>
    <message>
        <source>VIP early access %</source>
        <translation>Wcześniejszy dostęp VIP %</translation>
    </message>
    <message>
        <source>Win-back %</source>
        <translation>Odzyskiwanie klientów %</translation>
    </message>
    <message>
        <source>At risk, high value %</source>
        <translation>Zagrożeni, wysoka wartość %</translation>
    </message>
    <message>
        <source>Everyone else %</source>
        <translation>Wszyscy pozostali %</translation>
    </message>
    <message>
        <source>Your margin % (caps discounts at half)</source>
        <translation>Twoja marża % (rabat najwyżej połowa marży)</translation>
    </message>
    <message>
        <source>No discount for customers who buy at full price</source>
        <translation>Bez rabatu dla klientów kupujących po pełnej cenie</translation>
    </message>
    <message>
        <source>Customers who rarely use a code or a sale price (under half of their orders) get the offer without a discount: they buy anyway, so a discount mostly costs you.</source>
        <translation>Klienci, którzy rzadko używają kodu lub ceny promocyjnej (w mniej niż połowie zamówień), dostaną ofertę bez rabatu: i tak kupują, więc rabat głównie kosztuje.</translation>
    </message>
    <message>
        <source>Scale each discount by the customer&apos;s predicted value</source>
        <translation>Dopasuj rabat do przewidywanej wartości klienta</translation>
    </message>
    <message>
        <source>Customers expected to spend more get up to 1.5 times the tier&apos;s discount, those expected to spend less down to half of it, never above the margin cap.</source>
        <translation>Klienci, którzy według prognozy wydadzą więcej, dostaną do 1,5 raza rabatu poziomu, ci, którzy wydadzą mniej, nawet połowę, nigdy ponad limit marży.</translation>
    </message>
    <message>
        <source>Control group %</source>
        <translation>Grupa kontrolna %</translation>
    </message>
    <message>
        <source>The control group: customers chosen at random who do not get the offer, so that comparing them with those mailed shows what the offer really changed.</source>
        <translation>Grupa kontrolna: losowo wybrani klienci, którzy nie dostają oferty, aby porównanie z tymi, do których ją wysłano, pokazało, co oferta naprawdę zmieniła.</translation>
    </message>
    <message>
        <source>Subject line</source>
        <translation>Temat wiadomości</translation>
    </message>
    <message>
        <source>Shopify tag</source>
        <translation>Tag Shopify</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>Save files…</source>
        <translation>Zapisz pliki…</translation>
    </message>
    <message>
        <source>Choose an audience and press Preview.</source>
        <translation>Wybierz odbiorców i naciśnij Podgląd.</translation>
    </message>
    <message>
        <source>Press Preview to see the first rows of the offer file here.</source>
        <translation>Naciśnij „Podgląd”, aby zobaczyć tu pierwsze wiersze pliku oferty.</translation>
    </message>
    <message>
        <source>Open the Campaigns screen</source>
        <translation>Otwórz ekran Kampanie</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>audience, file and date when empty</source>
        <translation>gdy puste: odbiorcy, plik i data</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Nazwa kampanii</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Data wysyłki</translation>
    </message>
    <message>
        <source>Judge results after</source>
        <translation>Oceniaj wyniki przez</translation>
    </message>
    <message>
        <source>No variants</source>
        <translation>Bez wariantów</translation>
    </message>
    <message>
        <source>2 variants</source>
        <translation>2 warianty</translation>
    </message>
    <message>
        <source>3 variants</source>
        <translation>3 warianty</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Warianty</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabat</translation>
    </message>
    <message>
        <source>as above</source>
        <translation>jak wyżej</translation>
    </message>
    <message>
        <source>as the tiers</source>
        <translation>według progów</translation>
    </message>
    <message>
        <source>no product picks</source>
        <translation>bez propozycji produktów</translation>
    </message>
    <message>
        <source>A unique coupon code for each customer</source>
        <translation>Osobny kod rabatowy dla każdego klienta</translation>
    </message>
    <message>
        <source>no codes file</source>
        <translation>bez pliku kodów</translation>
    </message>
    <message>
        <source>Shopify (Matrixify) codes file</source>
        <translation>Plik kodów dla Shopify (Matrixify)</translation>
    </message>
    <message>
        <source>WooCommerce coupons file</source>
        <translation>Plik kuponów WooCommerce</translation>
    </message>
    <message>
        <source>Code prefix</source>
        <translation>Początek kodu</translation>
    </message>
    <message>
        <source>Codes file for</source>
        <translation>Plik kodów dla</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Oferty</translation>
    </message>
    <message>
        <source>Working out the segments and countries…</source>
        <translation>Obliczam segmenty i kraje…</translation>
    </message>
    <message>
        <source>Working out the customer lists and groups…</source>
        <translation>Przygotowuję listy i grupy klientów…</translation>
    </message>
    <message>
        <source>Working out the refills due and the customer groups…</source>
        <translation>Szukam klientów, którym czas uzupełnić zapas, i przygotowuję grupy klientów…</translation>
    </message>
    <message>
        <source>Could not load audiences</source>
        <translation>Nie udało się wczytać grup odbiorców</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Klaster</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtr</translation>
    </message>
    <message>
        <source>{0}: {1} ({2} customers)</source>
        <translation>{0}: {1} (klienci: {2})</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Zatrzymano.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Pracuję…</translation>
    </message>
    <message>
        <source>Nothing to preview: the sentence above says why.</source>
        <translation>Brak podglądu: zdanie powyżej wyjaśnia dlaczego.</translation>
    </message>
    <message>
        <source>Could not make the offer</source>
        <translation>Nie udało się przygotować oferty</translation>
    </message>
    <message>
        <source>{0}: {1} customers in the file, {2} held out as a control group.</source>
        <translation>{0}: klienci w pliku: {1}, w grupie kontrolnej: {2}.</translation>
    </message>
    <message>
        <source>Left out because they did not accept marketing: {0}.</source>
        <translation>Pominięci, bo nie zgodzili się na marketing: {0}.</translation>
    </message>
    <message>
        <source>Dropped by the file&apos;s rules: {0}.</source>
        <translation>Odrzuceni przez zasady pliku: {0}.</translation>
    </message>
    <message>
        <source>Estimated discount cost: {0:,.2f} {1} if everyone orders once ({2:,.2f} at {3:.0%} redemption).</source>
        <translation>Szacowany koszt rabatów: {0:,.2f} {1}, jeśli każdy zamówi raz ({2:,.2f} przy wykorzystaniu {3:.0%}).</translation>
    </message>
    <message>
        <source>That is {0:,.2f} {1} less than the same discount for everyone.</source>
        <translation>To {0:,.2f} {1} mniej niż ten sam rabat dla wszystkich.</translation>
    </message>
    <message>
        <source>VIP early access</source>
        <translation>Wcześniejszy dostęp VIP</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>Odzyskiwanie klientów</translation>
    </message>
    <message>
        <source>At risk, high value</source>
        <translation>Zagrożeni, wysoka wartość</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Rabat %</translation>
    </message>
    <message>
        <source>Without discount</source>
        <translation>Bez rabatu</translation>
    </message>
    <message>
        <source>Cost ({0})</source>
        <translation>Koszt ({0})</translation>
    </message>
    <message>
        <source>Flat discount cost</source>
        <translation>Koszt jednakowego rabatu</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Oszczędność</translation>
    </message>
    <message>
        <source>Save the offer file</source>
        <translation>Zapisz plik oferty</translation>
    </message>
    <message>
        <source>Files (*.{0})</source>
        <translation>Pliki (*.{0})</translation>
    </message>
    <message>
        <source>Could not save the offer</source>
        <translation>Nie udało się zapisać oferty</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Zapisano: {0}</translation>
    </message>
    <message>
        <source>Also bought (HTML)</source>
        <translation>Kupili również (HTML)</translation>
    </message>
    <message>
        <source>Also bought (Shopify Liquid)</source>
        <translation>Kupili również (Shopify Liquid)</translation>
    </message>
    <message>
        <source>Also bought (WooCommerce)</source>
        <translation>Kupili również (WooCommerce)</translation>
    </message>
    <message>
        <source>Bestsellers block</source>
        <translation>Blok bestsellerów</translation>
    </message>
    <message>
        <source>VIP banner (HTML)</source>
        <translation>Baner VIP (HTML)</translation>
    </message>
    <message>
        <source>VIP banner (Shopify Liquid)</source>
        <translation>Baner VIP (Shopify Liquid)</translation>
    </message>
    <message>
        <source>top </source>
        <translation>pierwsze </translation>
    </message>
    <message>
        <source>The language of your shop&apos;s customers: the widget&apos;s texts and prices. It does not change Shopkeeper&apos;s own language.</source>
        <translation>Język klientów Twojego sklepu: teksty i ceny widżetu. Nie zmienia języka samego Shopkeepera.</translation>
    </message>
    <message>
        <source>Make snippet</source>
        <translation>Utwórz fragment</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>Kopiuj do schowka</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Zapisz…</translation>
    </message>
    <message>
        <source>Preview in browser</source>
        <translation>Podgląd w przeglądarce</translation>
    </message>
    <message>
        <source>Write the snippet into a sample page in the shop&apos;s exports folder and open it in your web browser.</source>
        <translation>Zapisz fragment na przykładowej stronie w folderze eksportów sklepu i otwórz ją w przeglądarce.</translation>
    </message>
    <message>
        <source>Widget</source>
        <translation>Widżet</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <source>Shop language</source>
        <translation>Język sklepu</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Nagłówek</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Przycisk</translation>
    </message>
    <message>
        <source>Banner text</source>
        <translation>Tekst banera</translation>
    </message>
    <message>
        <source>Could not make the snippet</source>
        <translation>Nie udało się utworzyć fragmentu</translation>
    </message>
    <message>
        <source>Where to paste this</source>
        <translation>Gdzie to wkleić</translation>
    </message>
    <message>
        <source>{0} bytes, no customer data.</source>
        <translation>{0} bajtów, bez danych klientów.</translation>
    </message>
    <message>
        <source>{0} products have recommendations.</source>
        <translation>Produkty z rekomendacjami: {0}.</translation>
    </message>
    <message>
        <source>A sample page made by Shopkeeper to show the snippet; it is not your shop.</source>
        <translation>Przykładowa strona przygotowana przez Shopkeepera, aby pokazać fragment; to nie jest Twój sklep.</translation>
    </message>
    <message>
        <source>Could not write the preview page</source>
        <translation>Nie udało się zapisać strony podglądu</translation>
    </message>
    <message>
        <source>Preview page: {0}</source>
        <translation>Strona podglądu: {0}</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Skopiowano.</translation>
    </message>
    <message>
        <source>Save the snippet</source>
        <translation>Zapisz fragment</translation>
    </message>
    <message>
        <source>Also bought (HTML + JavaScript)
Any shop: paste it on the product page where the cards should appear. Put the product&apos;s handle (the last part of its web address) in data-product=&quot;...&quot;, or leave it empty and the widget reads it from the address (/products/HANDLE or /product/HANDLE/).
Shopify: use the Liquid version instead - it fills in the product by itself.
WooCommerce: use the WooCommerce version.</source>
        <translation>Kupili również (HTML + JavaScript)
Każdy sklep: wklej go na stronie produktu tam, gdzie mają się pojawić karty. Wpisz uchwyt produktu (ostatnią część jego adresu internetowego) w data-product=&quot;...&quot; albo zostaw puste, a widżet odczyta go z adresu (/products/HANDLE lub /product/HANDLE/).
Shopify: użyj zamiast tego wersji Liquid – sama uzupełnia produkt.
WooCommerce: użyj wersji dla WooCommerce.</translation>
    </message>
    <message>
        <source>Also bought for Shopify (Liquid)
1. Shopify admin &gt; Online Store &gt; Themes &gt; Customize.
2. Open a product page template, click Add block (or Add section) &gt; Custom Liquid.
3. Paste the snippet into the Custom Liquid box and click Save.
It uses {{ product.handle }} to find the product, so nothing else needs changing.</source>
        <translation>Kupili również dla Shopify (Liquid)
1. Panel Shopify &gt; Sklep internetowy &gt; Motywy &gt; Dostosuj.
2. Otwórz szablon strony produktu, kliknij Dodaj blok (lub Dodaj sekcję) &gt; Własny Liquid.
3. Wklej fragment w pole Własny Liquid i kliknij Zapisz.
Produkt jest rozpoznawany przez {{ product.handle }}, więc nic więcej nie trzeba zmieniać.</translation>
    </message>
    <message>
        <source>Also bought for WooCommerce (HTML block)
1. WordPress admin &gt; Appearance &gt; Editor (or Widgets) and open the Single Product template; or edit a product&apos;s description.
2. Add a Custom HTML block where the cards should appear and paste the snippet.
3. Save. The widget reads the product from the address (/product/NAME/).</source>
        <translation>Kupili również dla WooCommerce (blok HTML)
1. Panel WordPress &gt; Wygląd &gt; Edytor (lub Widżety) i otwórz szablon pojedynczego produktu; albo edytuj opis produktu.
2. Dodaj blok Własny HTML tam, gdzie mają się pojawić karty, i wklej fragment.
3. Zapisz. Widżet odczytuje produkt z adresu (/product/NAZWA/).</translation>
    </message>
    <message>
        <source>Bestsellers block (plain HTML, no script)
Shopify: Online Store &gt; Themes &gt; Customize &gt; Add section &gt; Custom Liquid (or Custom HTML), paste, Save.
WooCommerce: add a Custom HTML block to the home page or a landing page and paste.</source>
        <translation>Blok bestsellerów (czysty HTML, bez skryptu)
Shopify: Sklep internetowy &gt; Motywy &gt; Dostosuj &gt; Dodaj sekcję &gt; Własny Liquid (lub Własny HTML), wklej, Zapisz.
WooCommerce: dodaj blok Własny HTML na stronie głównej lub stronie docelowej i wklej.</translation>
    </message>
    <message>
        <source>VIP / welcome-back banner for Shopify (Liquid)
1. First import the Shopify customer file from Offers, so your customers carry the tag (for example sk-vip).
2. Online Store &gt; Themes &gt; Customize &gt; Header (or any section) &gt; Add block &gt; Custom Liquid; paste; Save.
Only signed-in customers with the tag see the message.</source>
        <translation>Baner VIP / powitalny dla Shopify (Liquid)
1. Najpierw zaimportuj w Shopify plik klientów z zakładki Oferty, aby Twoi klienci mieli tag (na przykład sk-vip).
2. Sklep internetowy &gt; Motywy &gt; Dostosuj &gt; Nagłówek (lub dowolna sekcja) &gt; Dodaj blok &gt; Własny Liquid; wklej; Zapisz.
Komunikat widzą tylko zalogowani klienci z tym tagiem.</translation>
    </message>
    <message>
        <source>VIP / welcome-back banner (HTML + JavaScript)
The banner shows when the page (the &lt;html&gt; or &lt;body&gt; element, or any element) has the class named in data-sk-class, for example sk-vip. Your shop or a plugin must add that class for signed-in VIP customers.
WooCommerce: add a Custom HTML block to the header or a page and paste.
Shopify: use the Liquid version instead.</source>
        <translation>Baner VIP / powitalny (HTML + JavaScript)
Baner pojawia się, gdy strona (element &lt;html&gt; lub &lt;body&gt; albo dowolny element) ma klasę podaną w data-sk-class, na przykład sk-vip. Twój sklep lub wtyczka musi dodawać tę klasę zalogowanym klientom VIP.
WooCommerce: dodaj blok Własny HTML w nagłówku lub na stronie i wklej.
Shopify: użyj zamiast tego wersji Liquid.</translation>
    </message>
    <message>
        <source>Next, in Mailchimp: Audience &gt; Import contacts &gt; Upload a file, choose the offer file, match the columns (they are already named as merge fields: FNAME, DISCOUNT, REC1NAME …) and tag the contacts with the campaign&apos;s name. Then send your e-mail to that tag.</source>
        <translation>Dalej w Mailchimp: Audience &gt; Import contacts &gt; Upload a file, wybierz plik oferty, dopasuj kolumny (mają już nazwy pól scalania: FNAME, DISCOUNT, REC1NAME …) i oznacz kontakty tagiem z nazwą kampanii. Potem wyślij wiadomość do tego tagu.</translation>
    </message>
    <message>
        <source>Next, in Klaviyo: Lists &amp; segments &gt; Create new &gt; List, then Import contacts and upload the offer file. The extra columns become profile properties you can use in the e-mail.</source>
        <translation>Dalej w Klaviyo: Lists &amp; segments &gt; Create new &gt; List, potem Import contacts i wgraj plik oferty. Dodatkowe kolumny staną się właściwościami profili, których możesz użyć w wiadomości.</translation>
    </message>
    <message>
        <source>Next, in Shopify: Customers &gt; Import, upload the offer file and tick &quot;Overwrite existing customers&quot; so they get the tag (their existing tags are kept in the file). Then use the tag in Shopify Email or your e-mail app.</source>
        <translation>Dalej w Shopify: Customers &gt; Import, wgraj plik oferty i zaznacz &quot;Overwrite existing customers&quot;, aby klienci dostali tag (ich dotychczasowe tagi są w pliku zachowane). Potem użyj tagu w Shopify Email lub swoim programie do e-maili.</translation>
    </message>
    <message>
        <source>Next: import the file into your e-mail tool (it has one row per customer with their e-mail, name, discount and picks), or use it for a letter or phone campaign.</source>
        <translation>Dalej: zaimportuj plik do swojego narzędzia do e-maili (jeden wiersz na klienta z e-mailem, imieniem, rabatem i propozycjami) albo użyj go do kampanii listowej lub telefonicznej.</translation>
    </message>
    <message>
        <source>Next: open the file in Excel or import it into your e-mail tool (one row per customer with their e-mail, name, discount and picks).</source>
        <translation>Dalej: otwórz plik w Excelu albo zaimportuj go do swojego narzędzia do e-maili (jeden wiersz na klienta z e-mailem, imieniem, rabatem i propozycjami).</translation>
    </message>
    <message>
        <source>The .control.csv file lists the control group: customers chosen at random who must NOT get this offer. Do not upload or mail it. Comparing them with those mailed shows what the offer really did, beyond what customers would have bought anyway.</source>
        <translation>Plik .control.csv zawiera grupę kontrolną: losowo wybranych klientów, którzy NIE mogą dostać tej oferty. Nie wgrywaj go ani nie wysyłaj do nich wiadomości. Porównanie ich z tymi, do których wysłano ofertę, pokazuje, co naprawdę dała oferta ponad to, co klienci i tak by kupili.</translation>
    </message>
    <message>
        <source>The .codes-shopify.csv file holds every customer&apos;s coupon code for a bulk import with the Matrixify app (Discounts); import it before sending, so the codes work at checkout.</source>
        <translation>Plik .codes-shopify.csv zawiera kod rabatowy każdego klienta do masowego importu aplikacją Matrixify (Discounts); zaimportuj go przed wysyłką, aby kody działały przy kasie.</translation>
    </message>
    <message>
        <source>The .codes-woocommerce.csv file holds every customer&apos;s coupon (single use, limited to their e-mail) for a coupon import plugin; import it before sending, so the codes work at checkout.</source>
        <translation>Plik .codes-woocommerce.csv zawiera kupon każdego klienta (jednorazowy, tylko dla jego e-maila) do importu wtyczką kuponów; zaimportuj go przed wysyłką, aby kody działały przy kasie.</translation>
    </message>
    <message>
        <source>Results appear on the Campaigns screen once you import the orders placed after the send date.</source>
        <translation>Wyniki pojawią się na ekranie Kampanie, gdy zaimportujesz zamówienia złożone po dacie wysyłki.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>The columns were not recognised: they look most like a {0}, but the file has no column for {1}. On the next page, say which column holds what.</source>
        <translation>Nie rozpoznano kolumn: najbardziej przypominają format {0}, ale plik nie ma kolumny dla: {1}. Na następnej stronie wskaż, która kolumna zawiera co.</translation>
    </message>
    <message>
        <source>Check how the file is read</source>
        <translation>Sprawdź, jak plik jest odczytywany</translation>
    </message>
    <message>
        <source>Shopkeeper guessed these settings from the file. If the columns below look wrong, change a setting.</source>
        <translation>Shopkeeper odgadł te ustawienia z pliku. Jeśli kolumny poniżej wyglądają źle, zmień ustawienie.</translation>
    </message>
    <message>
        <source>Point (12.50)</source>
        <translation>Kropka (12.50)</translation>
    </message>
    <message>
        <source>Comma (12,50)</source>
        <translation>Przecinek (12,50)</translation>
    </message>
    <message>
        <source>Automatic / ISO (2025-03-04)</source>
        <translation>Automatycznie / ISO (2025-03-04)</translation>
    </message>
    <message>
        <source>Day first (04.03.2025, 4/3/2025)</source>
        <translation>Najpierw dzień (04.03.2025, 4/3/2025)</translation>
    </message>
    <message>
        <source>Month first (3/4/2025)</source>
        <translation>Najpierw miesiąc (3/4/2025)</translation>
    </message>
    <message>
        <source>As in the file (or the format&apos;s usual one)</source>
        <translation>Jak w pliku (lub zwykła dla formatu)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Kodowanie:</translation>
    </message>
    <message>
        <source>Columns separated by:</source>
        <translation>Separator kolumn:</translation>
    </message>
    <message>
        <source>Decimal separator:</source>
        <translation>Separator dziesiętny:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Daty:</translation>
    </message>
    <message>
        <source>Currency when the file has none:</source>
        <translation>Waluta, gdy plik jej nie podaje:</translation>
    </message>
    <message>
        <source>As Shopkeeper reads it</source>
        <translation>Jak odczytuje to Shopkeeper</translation>
    </message>
    <message>
        <source>As in the file</source>
        <translation>Jak w pliku</translation>
    </message>
    <message>
        <source>The file is read piece by piece, so its size is not limited by memory; you can cancel at any time and the shop stays as it was.</source>
        <translation>Plik jest czytany kawałek po kawałku, więc jego rozmiar nie jest ograniczony pamięcią; możesz w każdej chwili anulować, a sklep pozostanie bez zmian.</translation>
    </message>
    <message>
        <source>The columns were not recognised: on the next page, say which column holds what.</source>
        <translation>Nie rozpoznano kolumn: na następnej stronie wskaż, co zawiera każda kolumna.</translation>
    </message>
    <message>
        <source>The file does not say which currency its amounts are in: please choose the currency above.</source>
        <translation>Plik nie podaje, w jakiej walucie są kwoty: wybierz walutę powyżej.</translation>
    </message>
    <message>
        <source>Amounts without a currency column are read as {0}, as the file&apos;s language suggests; change it above if that is wrong.</source>
        <translation>Kwoty bez kolumny waluty są odczytywane jako {0}, jak wskazuje język pliku; zmień to powyżej, jeśli to błąd.</translation>
    </message>
    <message>
        <source>Every date could be read day-first or month-first (like 03/04). Please choose the date order above.</source>
        <translation>Każdą datę można odczytać jako dzień-miesiąc lub miesiąc-dzień (np. 03/04). Wybierz powyżej kolejność w dacie.</translation>
    </message>
    <message>
        <source>These files are joined:</source>
        <translation>Te pliki są łączone:</translation>
    </message>
</context>
<context>
    <name>ProfileWindow</name>
    <message>
        <source>Customer {0}</source>
        <translation>Klient {0}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <source>Export this customer&apos;s data…</source>
        <translation>Eksportuj dane tego klienta…</translation>
    </message>
    <message>
        <source>Everything the shop holds about them, as a JSON or CSV file (when a customer asks for their data).</source>
        <translation>Wszystko, co sklep o nim przechowuje, jako plik JSON lub CSV (gdy klient prosi o swoje dane).</translation>
    </message>
    <message>
        <source>Erase this customer…</source>
        <translation>Usuń tego klienta…</translation>
    </message>
    <message>
        <source>Remove them from this shop and its backups for good (when a customer asks to be forgotten).</source>
        <translation>Usuń go na zawsze z tego sklepu i jego kopii zapasowych (gdy klient prosi o zapomnienie).</translation>
    </message>
    <message>
        <source>today</source>
        <translation>dziś</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n dzień temu</numerusform>
            <numerusform>%n dni temu</numerusform>
            <numerusform>%n dni temu</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer: {0}</source>
        <translation>Klient: {0}</translation>
    </message>
    <message>
        <source>{platform} no. {number}</source>
        <translation>{platform} nr {number}</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{0}&lt;/h2&gt;{1} · {2} · customer no. {3} · sources: {4}</source>
        <translation>&lt;h2&gt;{0}&lt;/h2&gt;{1} · {2} · klient nr {3} · źródła: {4}</translation>
    </message>
    <message>
        <source>no e-mail</source>
        <translation>brak e-maila</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>{purchases} (of {orders} orders incl. returns/cancelled)</source>
        <translation>{purchases} (z {orders} zamówień wraz ze zwrotami/anulowanymi)</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Zakupy</translation>
    </message>
    <message>
        <source>Orders that count: not cancelled and not only returns. The Orders tab lists every order: {orders}, of them {cancelled} cancelled and {returns} returns.</source>
        <translation>Zamówienia, które się liczą: nieanulowane i nie same zwroty. Karta zamówień pokazuje wszystkie: {orders}, w tym anulowane: {cancelled}, zwroty: {returns}.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>All orders ({0})</source>
        <translation>Wszystkie zamówienia ({0})</translation>
    </message>
    <message>
        <source>Every order of this customer, including cancelled ones and returns</source>
        <translation>Wszystkie zamówienia tego klienta, także anulowane i zwroty</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Zamówienia</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Wydane</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Ostatnie zamówienie</translation>
    </message>
    <message>
        <source>Usually orders every</source>
        <translation>Zwykle zamawia co</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>Średnie zamówienie</translation>
    </message>
    <message>
        <source>Predicted value (12 months)</source>
        <translation>Przewidywana wartość (12 miesięcy)</translation>
    </message>
    <message>
        <source>Chance still a customer</source>
        <translation>Szansa, że nadal jest klientem</translation>
    </message>
    <message>
        <source>Next order expected</source>
        <translation>Następne zamówienie spodziewane</translation>
    </message>
    <message>
        <source>not soon</source>
        <translation>nieprędko</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Prognozy</translation>
    </message>
    <message>
        <source>too little history for predictions</source>
        <translation>za krótka historia na prognozy</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Co zrobić:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>This customer has no counted orders yet.</source>
        <translation>Ten klient nie ma jeszcze liczonych zamówień.</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>liczone</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulowane</translation>
    </message>
    <message>
        <source>return</source>
        <translation>zwrot</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Pozycje</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Lines ({0})</source>
        <translation>Pozycje ({0})</translation>
    </message>
    <message>
        <source>Favourite products</source>
        <translation>Ulubione produkty</translation>
    </message>
    <message>
        <source>Favourite categories</source>
        <translation>Ulubione kategorie</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Ulubione</translation>
    </message>
    <message>
        <source>No suggestions yet: this customer has no counted orders.</source>
        <translation>Brak propozycji: ten klient nie ma jeszcze liczonych zamówień.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Propozycje</translation>
    </message>
    <message>
        <source>Products this customer is likely to buy next, best first: their own products they are likely to buy again and products new to them. Each says why it was picked.</source>
        <translation>Produkty, które ten klient prawdopodobnie kupi jako następne, najlepsze najpierw: jego własne produkty, które prawdopodobnie kupi ponownie, i produkty dla niego nowe. Przy każdym podano, dlaczego go wybrano.</translation>
    </message>
    <message>
        <source>Picks</source>
        <translation>Propozycje</translation>
    </message>
    <message>
        <source>Buy again</source>
        <translation>Kup ponownie</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Odkryj</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Export this customer&apos;s data</source>
        <translation>Eksport danych klienta</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved to {0}. Send it to the customer securely.</source>
        <translation>Zapisano w {0}. Przekaż plik klientowi w bezpieczny sposób.</translation>
    </message>
    <message>
        <source>Erase this customer?</source>
        <translation>Usunąć tego klienta?</translation>
    </message>
    <message>
        <source>Their name, e-mail, address and platform ids are removed from this shop and its backups, and cannot be brought back. Their orders stay, without anything that names them, so your sales figures do not change.

Importing an old export that lists them would add them again.</source>
        <translation>Imię i nazwisko, e-mail, adres i identyfikatory z platformy zostaną usunięte z tego sklepu i jego kopii zapasowych bez możliwości przywrócenia. Zamówienia zostaną, ale bez niczego, co wskazuje na klienta, więc Twoje wyniki sprzedaży się nie zmienią.

Zaimportowanie starego eksportu, w którym klient występuje, dodałoby go ponownie.</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Usuwanie…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Customer erased&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Klient usunięty&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Erased from the shop and {0} backup(s); the orders stay without their name.</source>
        <translation>Usunięto ze sklepu i kopii zapasowych ({0}); zamówienia zostają bez danych klienta.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>{0} — {1} lines</source>
        <translation>{0} — wiersze: {1}</translation>
    </message>
    <message>
        <source>Not counted as products (postage, fees, tips, gift cards, shipping protection …). Untick a line that is a real product:</source>
        <translation>Nie liczone jako produkty (wysyłka, opłaty, napiwki, karty podarunkowe, ubezpieczenie przesyłki …). Odznacz pozycję, która jest prawdziwym produktem:</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import zakończony</translation>
    </message>
    <message>
        <source>Save rejected rows…</source>
        <translation>Zapisz odrzucone wiersze…</translation>
    </message>
    <message>
        <source>Go to Customers</source>
        <translation>Przejdź do klientów</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; ({1})</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; ({1})</translation>
    </message>
    <message>
        <source>{0:,} rows read</source>
        <translation>Odczytane wiersze: {0:,}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; orders added, &lt;b&gt;{1:,}&lt;/b&gt; updated</source>
        <translation>Dodane zamówienia: &lt;b&gt;{0:,}&lt;/b&gt;, zaktualizowane: &lt;b&gt;{1:,}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{0:,} order lines added</source>
        <translation>Dodane pozycje zamówień: {0:,}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; new customers</source>
        <translation>Nowi klienci: &lt;b&gt;{0:,}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Product catalog: &lt;b&gt;{0:,}&lt;/b&gt; products added, &lt;b&gt;{1:,}&lt;/b&gt; already in the shop updated</source>
        <translation>Katalog produktów: &lt;b&gt;{0:,}&lt;/b&gt; produktów dodanych, &lt;b&gt;{1:,}&lt;/b&gt; istniejących zaktualizowanych</translation>
    </message>
    <message>
        <source>{0:,} existing customers updated</source>
        <translation>Zaktualizowani dotychczasowi klienci: {0:,}</translation>
    </message>
    <message>
        <source>{0:,} rows without a customer, kept for product statistics</source>
        <translation>Wiersze bez klienta, zachowane do statystyk produktów: {0:,}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; rows skipped</source>
        <translation>Pominięte wiersze: &lt;b&gt;{0:,}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>E-mail marketing consent in the shop: &lt;b&gt;{0:,}&lt;/b&gt; yes, &lt;b&gt;{1:,}&lt;/b&gt; no, &lt;b&gt;{2:,}&lt;/b&gt; unknown (unknown is not consent: offer files leave them out)</source>
        <translation>Zgody na marketing e-mailowy w sklepie: &lt;b&gt;{0:,}&lt;/b&gt; tak, &lt;b&gt;{1:,}&lt;/b&gt; nie, &lt;b&gt;{2:,}&lt;/b&gt; nieznane (nieznana zgoda to nie zgoda: pliki ofert je pomijają)</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Zapisz odrzucone wiersze</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Same as the computer ({language})</source>
        <translation>Jak w komputerze ({language})</translation>
    </message>
    <message>
        <source>Some texts change after Shopkeeper is restarted.</source>
        <translation>Niektóre teksty zmienią się po ponownym uruchomieniu Shopkeeper.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Language of the app:</source>
        <translation>Język aplikacji:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Otwórz folder</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Utwórz kopię zapasową</translation>
    </message>
    <message>
        <source>Restore backup…</source>
        <translation>Przywróć kopię…</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Twoje dane</translation>
    </message>
    <message>
        <source>All shops, backups and exports are kept in this folder:</source>
        <translation>Wszystkie sklepy, kopie zapasowe i eksporty są przechowywane w tym folderze:</translation>
    </message>
    <message>
        <source>Count cancelled and refunded orders in the analyses</source>
        <translation>Uwzględniaj w analizach zamówienia anulowane i zwrócone</translation>
    </message>
    <message>
        <source>Usually off: a cancelled order is not a real purchase.</source>
        <translation>Zwykle wyłączone: anulowane zamówienie nie jest prawdziwym zakupem.</translation>
    </message>
    <message>
        <source>Analyses</source>
        <translation>Analizy</translation>
    </message>
    <message>
        <source>Open shop: {path}</source>
        <translation>Otwarty sklep: {path}</translation>
    </message>
    <message>
        <source>Open a shop to back it up or change its settings.</source>
        <translation>Otwórz sklep, aby zrobić jego kopię lub zmienić ustawienia.</translation>
    </message>
    <message>
        <source>{date} {time} — {reason} — {size} MB</source>
        <translation>{date} {time} — {reason} — {size} MB</translation>
    </message>
    <message>
        <source>backed up by you</source>
        <translation>kopia ręczna</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>przed importem</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>przed aktualizacją</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>przed przywróceniem</translation>
    </message>
    <message>
        <source>before erasing data</source>
        <translation>przed usunięciem danych</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Pracuję…</translation>
    </message>
    <message>
        <source>Backup made.</source>
        <translation>Kopia zapasowa utworzona.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Przywróć kopię zapasową</translation>
    </message>
    <message>
        <source>Replace the shop&apos;s data with the backup from {when}? The current data is backed up first, so you can undo this.</source>
        <translation>Zastąpić dane sklepu kopią z {when}? Bieżące dane zostaną najpierw zapisane w kopii, więc możesz to cofnąć.</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Kopia przywrócona.</translation>
    </message>
</context>
<context>
    <name>ShopView</name>
    <message>
        <source>Stopped before this was worked out.</source>
        <translation>Zatrzymano, zanim to obliczono.</translation>
    </message>
</context>
<context>
    <name>ValidatePage</name>
    <message>
        <source>Check before importing</source>
        <translation>Sprawdź przed importem</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>Nic jeszcze nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Reading the whole file… ({0})</source>
        <translation>Czytanie całego pliku… ({0})</translation>
    </message>
    <message>
        <source>Reading the whole file…</source>
        <translation>Czytam cały plik…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; rows read, &lt;b&gt;{1:,}&lt;/b&gt; usable</source>
        <translation>Odczytane wiersze: &lt;b&gt;{0:,}&lt;/b&gt;, przydatne: &lt;b&gt;{1:,}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; orders, &lt;b&gt;{1:,}&lt;/b&gt; customers</source>
        <translation>Zamówienia: &lt;b&gt;{0:,}&lt;/b&gt;, klienci: &lt;b&gt;{1:,}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Orders from &lt;b&gt;{0}&lt;/b&gt; to &lt;b&gt;{1}&lt;/b&gt;</source>
        <translation>Zamówienia od &lt;b&gt;{0}&lt;/b&gt; do &lt;b&gt;{1}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{0} orders</source>
        <translation>zamówienia: {0}</translation>
    </message>
    <message>
        <source>Currencies: {0}</source>
        <translation>Waluty: {0}</translation>
    </message>
    <message>
        <source>Cancelled, refunded or voided orders: {0:,} (kept, but not counted as revenue)</source>
        <translation>Zamówienia anulowane, zwrócone lub unieważnione: {0:,} (zachowane, ale nie liczone do przychodu)</translation>
    </message>
    <message>
        <source>Rows without a customer: {0:,} (they count for products only)</source>
        <translation>Wiersze bez klienta: {0:,} (liczą się tylko do statystyk produktów)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rows that will be skipped:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wiersze, które zostaną pominięte:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Nie znaleziono problemów.</translation>
    </message>
    <message>
        <source>Go back and choose the date order.</source>
        <translation>Wróć i wybierz kolejność w dacie.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Shopkeeper</source>
        <translation>Witaj w Shopkeeper</translation>
    </message>
    <message>
        <source>Know every customer of your online shop: who buys, who is drifting away, what sells together. Your data never leaves this computer.</source>
        <translation>Poznaj każdego klienta swojego sklepu internetowego: kto kupuje, kto się oddala, co sprzedaje się razem. Twoje dane nigdy nie opuszczają tego komputera.</translation>
    </message>
    <message>
        <source>Import your shop&apos;s orders</source>
        <translation>Zaimportuj zamówienia swojego sklepu</translation>
    </message>
    <message>
        <source>From Shopify, WooCommerce, PrestaShop
or any CSV or Excel export</source>
        <translation>Z Shopify, WooCommerce, PrestaShop
lub dowolnego eksportu CSV albo Excel</translation>
    </message>
    <message>
        <source>Explore the demo shop</source>
        <translation>Poznaj sklep demonstracyjny</translation>
    </message>
    <message>
        <source>A real small gift shop with 262 customers,
ready to try every screen</source>
        <translation>Prawdziwy mały sklep z upominkami, 262 klientów,
gotowy do wypróbowania każdego ekranu</translation>
    </message>
    <message>
        <source>Open a shop file…</source>
        <translation>Otwórz plik sklepu…</translation>
    </message>
    <message>
        <source>Recent shops</source>
        <translation>Ostatnie sklepy</translation>
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
        <translation>Anulowano; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>The computer ran out of memory for this task.</source>
        <translation>Komputerowi zabrakło pamięci na to zadanie.</translation>
    </message>
    <message>
        <source>The file could not be read or written: {0}</source>
        <translation>Nie udało się odczytać ani zapisać pliku: {0}</translation>
    </message>
    <message>
        <source>Something went wrong ({0}). Your data is unchanged.</source>
        <translation>Coś poszło nie tak ({0}). Twoje dane się nie zmieniły.</translation>
    </message>
</context>
<context>
    <name>glossary</name>
    <message>
        <source>Confidence: of the orders with the first product, the share that also had the second (60% = 6 in 10 such orders).</source>
        <translation>Pewność: jaka część zamówień z pierwszym produktem zawierała też drugi (60% = 6 na 10 takich zamówień).</translation>
    </message>
    <message>
        <source>Lift: how many times more often two products are bought together than if customers picked them at random; above 1 they go together, 3× is strong.</source>
        <translation>Lift: ile razy częściej dwa produkty są kupowane razem, niż gdyby klienci wybierali je losowo; powyżej 1 pasują do siebie, 3× to silny związek.</translation>
    </message>
    <message>
        <source>Silhouette: how clearly the customer groups differ, from -1 to 1; above 0.5 the groups are clearly apart, below 0.25 they overlap.</source>
        <translation>Sylwetka (silhouette): jak wyraźnie różnią się grupy klientów, od -1 do 1; powyżej 0,5 grupy są wyraźnie odrębne, poniżej 0,25 nakładają się.</translation>
    </message>
    <message>
        <source>Quintiles: customers are ranked and cut into five groups of equal size; 5 is the best fifth, 1 the lowest.</source>
        <translation>Kwintyle: klienci są uszeregowani i podzieleni na pięć równych grup; 5 to najlepsza piąta część, 1 najsłabsza.</translation>
    </message>
    <message>
        <source>R F M scores from 1 to 5: R how recently they bought, F how often, M how much they spent; 5 is the best fifth of your customers.</source>
        <translation>Oceny R F M od 1 do 5: R — jak niedawno kupował, F — jak często, M — ile wydał; 5 to najlepsza piąta część Twoich klientów.</translation>
    </message>
    <message>
        <source>Control group: customers picked at random and not sent the offer, so you can compare and see what the offer itself changed.</source>
        <translation>Grupa kontrolna: losowo wybrani klienci, którzy nie dostają oferty, aby porównać i zobaczyć, co zmieniła sama oferta.</translation>
    </message>
    <message>
        <source>Chance still a customer: how likely it is, from their buying rhythm so far, that they will buy from you again rather than having quietly left.</source>
        <translation>Szansa, że nadal jest klientem: na podstawie dotychczasowego rytmu zakupów — jak prawdopodobne jest, że znów u Ciebie kupi, a nie po cichu odszedł.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>bestseller in the same category</source>
        <translation>bestseller w tej samej kategorii</translation>
    </message>
    <message>
        <source>pinned by you</source>
        <translation>przypięty przez Ciebie</translation>
    </message>
    <message>
        <source>bought together</source>
        <translation>kupowane razem</translation>
    </message>
    <message>
        <source>bestseller with the customers who buy it</source>
        <translation>bestseller wśród klientów, którzy go kupują</translation>
    </message>
    <message>
        <source>shop bestseller</source>
        <translation>bestseller sklepu</translation>
    </message>
    <message>
        <source>All customers with an order</source>
        <translation>Wszyscy klienci z zamówieniem</translation>
    </message>
    <message>
        <source>Cluster {number}</source>
        <translation>Grupa {number}</translation>
    </message>
    <message>
        <source>Customers in {country}</source>
        <translation>Klienci z kraju: {country}</translation>
    </message>
    <message>
        <source>Choose an audience (a segment or a list) for the offer.</source>
        <translation>Wybierz odbiorców oferty (segment lub listę).</translation>
    </message>
    <message>
        <source>There is no audience called &apos;{name}&apos; in this shop; choose one of: {known}.</source>
        <translation>W tym sklepie nie ma grupy odbiorców &apos;{name}&apos;; wybierz jedną z: {known}.</translation>
    </message>
    <message>
        <source>Refill due (usually rebuys a product they bought about now)</source>
        <translation>Czas na uzupełnienie (zwykle mniej więcej teraz ponownie kupuje produkt, który kupił)</translation>
    </message>
    <message>
        <source>{first} + {second}</source>
        <translation>{first} + {second}</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}), so it cannot be restored.</source>
        <translation>Nie można odczytać pliku {file} ({reason}), więc nie da się go przywrócić.</translation>
    </message>
    <message>
        <source>The backup {file} is damaged and cannot be restored.</source>
        <translation>Kopia zapasowa {file} jest uszkodzona i nie można jej przywrócić.</translation>
    </message>
    <message>
        <source>The backup {file} is damaged (it is no longer a database file) and cannot be restored.</source>
        <translation>Kopia zapasowa {file} jest uszkodzona (nie jest już plikiem bazy danych) i nie można jej przywrócić.</translation>
    </message>
    <message>
        <source>The backup of {file} was not made because the disk is full; free some space on the disk that holds {folder} and try again.</source>
        <translation>Nie utworzono kopii zapasowej {file}, ponieważ dysk jest pełny; zwolnij miejsce na dysku, na którym jest {folder}, i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The backup of {file} was not made because {folder} cannot be written (read-only or without permission); choose a shop folder you can write to.</source>
        <translation>Nie utworzono kopii zapasowej {file}, ponieważ nie można zapisywać w {folder} (tylko do odczytu lub brak uprawnień); wybierz dla sklepu folder, w którym możesz zapisywać.</translation>
    </message>
    <message>
        <source>An in-memory shop cannot be backed up.</source>
        <translation>Nie można utworzyć kopii zapasowej sklepu, który istnieje tylko w pamięci.</translation>
    </message>
    <message>
        <source>The backup {file} was made by a newer Shopkeeper (schema {schema}, this one reads up to {supported}); update the app to restore it.</source>
        <translation>Kopia zapasowa {file} została utworzona przez nowszą wersję Shopkeepera (schemat {schema}, ta wersja odczytuje najwyżej {supported}); zaktualizuj aplikację, aby ją przywrócić.</translation>
    </message>
    <message>
        <source>There is no shop database at {path} to back up.</source>
        <translation>Pod ścieżką {path} nie ma bazy danych sklepu, z której można by zrobić kopię zapasową.</translation>
    </message>
    <message>
        <source>There is no backup called {name} (latest backups: {latest}).</source>
        <translation>Nie ma kopii zapasowej o nazwie {name} (najnowsze kopie: {latest}).</translation>
    </message>
    <message>
        <source>There is no backup called {name} (latest backups: none).</source>
        <translation>Nie ma kopii zapasowej o nazwie {name} (najnowsze kopie: brak).</translation>
    </message>
    <message>
        <source>{file} is not a Shopkeeper backup (it is not a database file), so nothing was restored.</source>
        <translation>{file} nie jest kopią zapasową Shopkeepera (to nie jest plik bazy danych), więc niczego nie przywrócono.</translation>
    </message>
    <message>
        <source>{file} could not be backed up because it is not a readable database.</source>
        <translation>Nie udało się utworzyć kopii zapasowej {file}, ponieważ nie jest to czytelna baza danych.</translation>
    </message>
    <message>
        <source>{file} is a database of another program, not a Shopkeeper backup, so nothing was restored.</source>
        <translation>{file} to baza danych innego programu, a nie kopia zapasowa Shopkeepera, więc niczego nie przywrócono.</translation>
    </message>
    <message>
        <source>This shop is being changed by another window or program; close it and try the restore again.</source>
        <translation>Ten sklep jest właśnie zmieniany w innym oknie lub programie; zamknij je i spróbuj ponownie przywrócić kopię.</translation>
    </message>
    <message>
        <source>The backup was not restored because the disk is full; the shop is as it was. Free some space and try again.</source>
        <translation>Kopii zapasowej nie przywrócono, ponieważ dysk jest pełny; sklep pozostał bez zmian. Zwolnij miejsce i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The backup {file} could not be restored ({reason}).</source>
        <translation>Nie udało się przywrócić kopii zapasowej {file} ({reason}).</translation>
    </message>
    <message>
        <source>The backup {file} could not be restored: {reason}.</source>
        <translation>Nie udało się przywrócić kopii zapasowej {file}: {reason}.</translation>
    </message>
    <message>
        <source>The backup of {file} could not be written to {folder} ({reason}); check that the folder is writable and the disk has room.</source>
        <translation>Nie udało się zapisać kopii zapasowej {file} w {folder} ({reason}); sprawdź, czy można zapisywać w tym folderze i czy na dysku jest miejsce.</translation>
    </message>
    <message>
        <source>Bestsellers can be listed for the shop, per country or per segment, not per “{by}”.</source>
        <translation>Bestsellery można pokazać dla całego sklepu, według kraju lub według segmentu, ale nie według „{by}”.</translation>
    </message>
    <message>
        <source>A coupon code prefix may hold letters and digits only, at most 12 (like WINBACK).</source>
        <translation>Początek kodu rabatowego może zawierać tylko litery i cyfry, najwyżej 12 (np. WINBACK).</translation>
    </message>
    <message>
        <source>There is no campaign number {id} in this shop.</source>
        <translation>W tym sklepie nie ma kampanii numer {id}.</translation>
    </message>
    <message>
        <source>&apos;{platform}&apos; has no codes file; choose one of {known}.</source>
        <translation>&apos;{platform}&apos; nie ma pliku kodów; wybierz jedno z: {known}.</translation>
    </message>
    <message>
        <source>The window must be between 1 and 365 days.</source>
        <translation>Okres musi wynosić od 1 do 365 dni.</translation>
    </message>
    <message>
        <source>No control group in an audience this size would show a difference of {effect} points.</source>
        <translation>Żadna grupa kontrolna w grupie odbiorców tej wielkości nie pokaże różnicy {effect} pkt proc.</translation>
    </message>
    <message>
        <source>To see a difference of {effect} points, hold out about {needed} customers.</source>
        <translation>Aby zobaczyć różnicę {effect} pkt proc., odłóż do grupy kontrolnej około {needed} klientów.</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <source>With {control} customers held out and {mailed} mailed, only a difference in the order rate above {points} points would show.</source>
        <translation>Przy {control} klientach w grupie kontrolnej i {mailed} z wysyłką widoczna będzie tylko różnica odsetka zamawiających powyżej {points} pkt proc.</translation>
    </message>
    <message>
        <source>This audience is too small for any test: the results will not tell whether the offer worked. You can still send it.</source>
        <translation>Ta grupa odbiorców jest za mała na jakikolwiek test: wyniki nie pokażą, czy oferta zadziałała. Nadal możesz ją wysłać.</translation>
    </message>
    <message>
        <source>Comparing the groups</source>
        <translation>Porównuję grupy</translation>
    </message>
    <message>
        <source>Reading the orders since each campaign</source>
        <translation>Czytam zamówienia od każdej kampanii</translation>
    </message>
    <message>
        <source>{mailed} of those mailed ordered within {days} days, {control} of the control</source>
        <translation>{mailed} osób z wysyłką zamówiło w ciągu {days} dni, w grupie kontrolnej {control}</translation>
    </message>
    <message>
        <source>{mailed} of group {group} ordered within {days} days, {control} of the control</source>
        <translation>{mailed} osób z grupy {group} zamówiło w ciągu {days} dni, w grupie kontrolnej {control}</translation>
    </message>
    <message>
        <source>{rates}: about {points} points fewer (between {low} and {high}). The mailing did not help.</source>
        <translation>{rates}: około {points} pkt proc. mniej (od {low} do {high}). Wysyłka nie pomogła.</translation>
    </message>
    <message>
        <source>This campaign has no control group, so its effect cannot be measured.</source>
        <translation>Ta kampania nie ma grupy kontrolnej, więc jej efektu nie da się zmierzyć.</translation>
    </message>
    <message>
        <source>No orders from after the send date ({day}) are in the shop yet; import the latest orders to see the results.</source>
        <translation>W sklepie nie ma jeszcze zamówień po dacie wysyłki ({day}); zaimportuj najnowsze zamówienia, aby zobaczyć wyniki.</translation>
    </message>
    <message>
        <source>{sentence} Not final yet: the window ends on {day}.</source>
        <translation>{sentence} To jeszcze nie ostateczny wynik: okres kończy się {day}.</translation>
    </message>
    <message>
        <source>Too few customers to tell yet: with groups this size only a difference above {points} points would show.</source>
        <translation>Za mało klientów, by to ocenić: przy grupach tej wielkości widoczna byłaby tylko różnica powyżej {points} pkt proc.</translation>
    </message>
    <message>
        <source>{rates}: no clear difference (between {low} and {high} points).</source>
        <translation>{rates}: brak wyraźnej różnicy (od {low} do {high} pkt proc.).</translation>
    </message>
    <message>
        <source>{rates}: about {points} points more (between {low} and {high}). It worked.</source>
        <translation>{rates}: około {points} pkt proc. więcej (od {low} do {high}). Zadziałało.</translation>
    </message>
    <message>
        <source>Can you trust the predictions? Predicted vs actual in a test period</source>
        <translation>Czy prognozom można ufać? Przewidywane a rzeczywiste w okresie testowym</translation>
    </message>
    <message>
        <source>Predicted customer value over the next 12 months</source>
        <translation>Przewidywana wartość klientów w ciągu najbliższych 12 miesięcy</translation>
    </message>
    <message>
        <source>Do customers come back? Retention by month of first order</source>
        <translation>Czy klienci wracają? Utrzymanie według miesiąca pierwszego zamówienia</translation>
    </message>
    <message>
        <source>How long between orders? Your shop&apos;s buying cycle</source>
        <translation>Ile czasu mija między zamówieniami? Cykl zakupowy Twojego sklepu</translation>
    </message>
    <message>
        <source>Which products go together</source>
        <translation>Które produkty idą w parze</translation>
    </message>
    <message>
        <source>Do the recommendations work? App vs best-sellers vs random</source>
        <translation>Czy rekomendacje działają? Aplikacja vs bestsellery vs losowo</translation>
    </message>
    <message>
        <source>Revenue and orders by month</source>
        <translation>Przychód i zamówienia według miesięcy</translation>
    </message>
    <message>
        <source>Recency × frequency: where your customers are</source>
        <translation>Świeżość × częstotliwość: gdzie są Twoi klienci</translation>
    </message>
    <message>
        <source>Customer segments: how many, and their share of revenue</source>
        <translation>Segmenty klientów: ilu ich jest i jaki mają udział w przychodzie</translation>
    </message>
    <message>
        <source>Products most often bought together</source>
        <translation>Produkty najczęściej kupowane razem</translation>
    </message>
    <message>
        <source>Best-selling products by revenue</source>
        <translation>Najlepiej sprzedające się produkty według przychodu</translation>
    </message>
    <message>
        <source>Add --yes to erase a customer when not running interactively.</source>
        <translation>Dodaj --yes, aby usunąć klienta, gdy program nie działa interaktywnie.</translation>
    </message>
    <message>
        <source>Say which customer to erase: --email ADDRESS or --id NUMBER.</source>
        <translation>Podaj, którego klienta usunąć: --email ADRES lub --id NUMER.</translation>
    </message>
    <message>
        <source>Finished {count} erase(s) that had been interrupted.</source>
        <translation>Dokończono przerwane usuwanie klientów (liczba: {count}).</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; is not a FIELD=COLUMN mapping; fields are: {fields}.</source>
        <translation>„{item}” nie jest przypisaniem FIELD=COLUMN (pole=kolumna); dostępne pola: {fields}.</translation>
    </message>
    <message>
        <source>{problem} Run the import again with --date-order dmy (day first, 03/04 = 3 April) or --date-order mdy (month first, 03/04 = 4 March).</source>
        <translation>{problem} Uruchom import ponownie z --date-order dmy (najpierw dzień, 03/04 = 3 kwietnia) lub --date-order mdy (najpierw miesiąc, 03/04 = 4 marca).</translation>
    </message>
    <message>
        <source>{problem} Columns not placed: {fields}; name them with {maps} (add --currency CODE when the file has no currency column).</source>
        <translation>{problem} Nieprzypisane kolumny: {fields}; wskaż je opcją {maps} (dodaj --currency KOD, gdy plik nie ma kolumny waluty).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation>&apos;{text}&apos; nie jest datą; zapisz ją jako RRRR-MM-DD.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date; write it like 2024-11-01.</source>
        <translation>&apos;{text}&apos; to nie jest data; wpisz ją na przykład tak: 2024-11-01.</translation>
    </message>
    <message>
        <source>A movement is two segment keys like champions:at_risk (new:promising for new customers).</source>
        <translation>Przejście to dwa klucze segmentów, np. champions:at_risk (new:promising dla nowych klientów).</translation>
    </message>
    <message>
        <source>There is no shop database at {path}; import a file first (python -m core import FILE --db {path}).</source>
        <translation>Pod ścieżką {path} nie ma bazy danych sklepu; najpierw zaimportuj plik (python -m core import FILE --db {path}).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not CODE=RATE, such as EUR=4.30.</source>
        <translation>„{text}” nie ma postaci CODE=RATE (kod=kurs), np. EUR=4.30.</translation>
    </message>
    <message>
        <source>The date {date} is not a date like 2011-06-01.</source>
        <translation>{date} nie jest datą w rodzaju 2011-06-01.</translation>
    </message>
    <message>
        <source>Say which customer with --customer ID (or use --evaluate, --bestsellers or --refills).</source>
        <translation>Wskaż klienta przez --customer ID (lub użyj --evaluate, --bestsellers albo --refills).</translation>
    </message>
    <message>
        <source>A grid cell is two scores like 5,4 (recency, frequency).</source>
        <translation>Komórka siatki to dwie oceny, np. 5,4 (świeżość, częstotliwość).</translation>
    </message>
    <message>
        <source>There is no segment &apos;{segment}&apos; in the {scheme} map.</source>
        <translation>Na mapie {scheme} nie ma segmentu „{segment}”.</translation>
    </message>
    <message>
        <source>At least 10 customers with orders are needed to find groups of customers.</source>
        <translation>Do znalezienia grup klientów potrzeba co najmniej 10 klientów z zamówieniami.</translation>
    </message>
    <message>
        <source>{description}, {part}</source>
        <translation>{description}, {part}</translation>
    </message>
    <message>
        <source>Best customers</source>
        <translation>Najlepsi klienci</translation>
    </message>
    <message>
        <source>Big-basket buyers</source>
        <translation>Klienci dużych koszyków</translation>
    </message>
    <message>
        <source>Big spenders gone quiet</source>
        <translation>Duzi klienci, którzy ucichli</translation>
    </message>
    <message>
        <source>Big spenders</source>
        <translation>Duzi klienci</translation>
    </message>
    <message>
        <source>Everyday customers</source>
        <translation>Zwykli klienci</translation>
    </message>
    <message>
        <source>Regulars gone quiet</source>
        <translation>Stali klienci, którzy ucichli</translation>
    </message>
    <message>
        <source>Lapsed one-off buyers</source>
        <translation>Jednorazowi klienci, którzy odeszli</translation>
    </message>
    <message>
        <source>Loyal regulars</source>
        <translation>Wierni stali klienci</translation>
    </message>
    <message>
        <source>Recent newcomers</source>
        <translation>Niedawni nowi klienci</translation>
    </message>
    <message>
        <source>{name} {number}</source>
        <translation>{name} {number}</translation>
    </message>
    <message>
        <source>Regulars</source>
        <translation>Stali klienci</translation>
    </message>
    <message>
        <source>Small-basket buyers</source>
        <translation>Klienci małych koszyków</translation>
    </message>
    <message>
        <source>high total spend</source>
        <translation>wysokie łączne wydatki</translation>
    </message>
    <message>
        <source>low total spend</source>
        <translation>niskie łączne wydatki</translation>
    </message>
    <message>
        <source>mostly {country}</source>
        <translation>głównie {country}</translation>
    </message>
    <message>
        <source>not seen for a long time</source>
        <translation>dawno niewidziani</translation>
    </message>
    <message>
        <source>bought recently</source>
        <translation>kupili niedawno</translation>
    </message>
    <message>
        <source>Trying {k} groups</source>
        <translation>Próba podziału na grupy: {k}</translation>
    </message>
    <message>
        <source>Frequent buyers</source>
        <translation>Częsti kupujący</translation>
    </message>
    <message>
        <source>Frequent big-basket buyers</source>
        <translation>Częsti kupujący z dużym koszykiem</translation>
    </message>
    <message>
        <source>Frequent small-basket buyers</source>
        <translation>Częsti kupujący z małym koszykiem</translation>
    </message>
    <message>
        <source>Occasional buyers</source>
        <translation>Okazjonalni kupujący</translation>
    </message>
    <message>
        <source>Occasional big-basket buyers</source>
        <translation>Okazjonalni kupujący z dużym koszykiem</translation>
    </message>
    <message>
        <source>Occasional small-basket buyers</source>
        <translation>Okazjonalni kupujący z małym koszykiem</translation>
    </message>
    <message>
        <source>Regular buyers</source>
        <translation>Regularni kupujący</translation>
    </message>
    <message>
        <source>Regular big-basket buyers</source>
        <translation>Regularni kupujący z dużym koszykiem</translation>
    </message>
    <message>
        <source>Regular small-basket buyers</source>
        <translation>Regularni kupujący z małym koszykiem</translation>
    </message>
    <message>
        <source>Fitted on the history up to {day} and tested on the last {weeks} weeks: the model expected {predicted} repeat orders from {customers} customers and they placed {actual} ({difference} % fewer predicted than actual); per customer it was off by {error} orders on average.</source>
        <translation>Model dopasowano do historii do {day} i sprawdzono na ostatnich {weeks} tygodniach: spodziewał się {predicted} powtórnych zamówień od {customers} klientów, a złożyli ich {actual} (prognoza o {difference} % niższa niż w rzeczywistości); dla pojedynczego klienta mylił się średnio o {error} zamówienia.</translation>
    </message>
    <message>
        <source>Fitted on the history up to {day} and tested on the last {weeks} weeks: the model expected {predicted} repeat orders from {customers} customers and they placed {actual} ({difference} % more predicted than actual); per customer it was off by {error} orders on average.</source>
        <translation>Model dopasowano do historii do {day} i sprawdzono na ostatnich {weeks} tygodniach: spodziewał się {predicted} powtórnych zamówień od {customers} klientów, a złożyli ich {actual} (prognoza o {difference} % wyższa niż w rzeczywistości); dla pojedynczego klienta mylił się średnio o {error} zamówienia.</translation>
    </message>
    <message>
        <source>Too few repeat customers before the test period to test the predictions.</source>
        <translation>Przed okresem testowym jest za mało powracających klientów, by sprawdzić prognozy.</translation>
    </message>
    <message>
        <source>Too few repeat customers with a positive spend to model the order value.</source>
        <translation>Za mało powracających klientów z dodatnimi wydatkami, by wymodelować wartość zamówienia.</translation>
    </message>
    <message>
        <source>The prediction model could not be fitted to this shop&apos;s order history.</source>
        <translation>Nie udało się dopasować modelu prognozy do historii zamówień tego sklepu.</translation>
    </message>
    <message>
        <source>There are no customers to fit the prediction model to.</source>
        <translation>Nie ma klientów, do których można dopasować model prognozy.</translation>
    </message>
    <message>
        <source>There are no orders with a known customer to test the predictions on.</source>
        <translation>Nie ma zamówień od znanych klientów, na których można sprawdzić prognozy.</translation>
    </message>
    <message>
        <source>The shop&apos;s history ({days} days) is too short to hold back {weeks} weeks for a test.</source>
        <translation>Historia sklepu (dni: {days}) jest za krótka, by odłożyć na test tyle tygodni: {weeks}.</translation>
    </message>
    <message>
        <source>Predictions are based on {repeat} repeat customers over {days} days of history.</source>
        <translation>Prognozy opierają się na {repeat} powracających klientach z {days} dni historii.</translation>
    </message>
    <message>
        <source>No customers with orders yet, so there is nothing to predict.</source>
        <translation>Nie ma jeszcze klientów z zamówieniami, więc nie ma czego przewidywać.</translation>
    </message>
    <message>
        <source>Only {repeat} customers ordered more than once over {days} days of history, so predictions would be rough; the lists use past spending (RFM) instead.</source>
        <translation>Tylko {repeat} klientów zamówiło więcej niż raz w ciągu {days} dni historii, więc prognozy byłyby mało dokładne; listy opierają się zamiast tego na dotychczasowych wydatkach (RFM).</translation>
    </message>
    <message>
        <source>Fitting the repeat-purchase model</source>
        <translation>Dopasowywanie modelu ponownych zakupów</translation>
    </message>
    <message>
        <source>Fitting the order-value model</source>
        <translation>Dopasowywanie modelu wartości zamówienia</translation>
    </message>
    <message>
        <source>Predicting</source>
        <translation>Prognozowanie</translation>
    </message>
    <message>
        <source>Summarising purchases</source>
        <translation>Podsumowywanie zakupów</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a currency code: use three letters such as EUR or PLN.</source>
        <translation>„{code}” nie jest kodem waluty: użyj trzech liter, np. EUR lub PLN.</translation>
    </message>
    <message>
        <source>The rate of {code} must be a positive number, such as 4.30.</source>
        <translation>Kurs {code} musi być liczbą dodatnią, np. 4.30.</translation>
    </message>
    <message>
        <source>{code} {orders}</source>
        <translation>{code} {orders}</translation>
    </message>
    <message>
        <source>This shop has orders in {currencies} currencies ({listed}); figures are in {main}, converted with the rates you entered.</source>
        <translation>Sklep ma zamówienia w różnych walutach (liczba walut: {currencies}; {listed}); kwoty są podane w {main}, przeliczone po wprowadzonych kursach.</translation>
    </message>
    <message>
        <source>This shop has orders in {currencies} currencies ({listed}); figures are in {main}, and orders in {missing} are left out until you enter an exchange rate (python -m core rates --set {first}=RATE).</source>
        <translation>Sklep ma zamówienia w różnych walutach (liczba walut: {currencies}; {listed}); kwoty są podane w {main}, a zamówienia w {missing} są pomijane, dopóki nie wpiszesz kursu wymiany (python -m core rates --set {first}=RATE).</translation>
    </message>
    <message>
        <source>{items}, {item}</source>
        <translation>{items}, {item}</translation>
    </message>
    <message>
        <source>Good customers in the &apos;At Risk&apos; and &apos;Can&apos;t Lose Them&apos; segments: they used to buy often but have gone quiet.</source>
        <translation>Dobrzy klienci z segmentów „Zagrożeni odejściem” i „Nie możesz ich stracić”: kiedyś kupowali często, a teraz ucichli.</translation>
    </message>
    <message>
        <source>Repeat customers silent for more than twice their usual time between orders.</source>
        <translation>Powracający klienci, którzy milczą ponad dwa razy dłużej niż zwykle między zamówieniami.</translation>
    </message>
    <message>
        <source>Revenue divided by the number of orders ({orders}).</source>
        <translation>Przychód podzielony przez liczbę zamówień ({orders}).</translation>
    </message>
    <message>
        <source>People who placed at least one order ({orders} orders in all).</source>
        <translation>Osoby, które złożyły co najmniej jedno zamówienie (łącznie zamówień: {orders}).</translation>
    </message>
    <message>
        <source>People who placed at least one order ({orders} order in all).</source>
        <translation>Osoby, które złożyły co najmniej jedno zamówienie (łącznie zamówień: {orders}).</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>Nie ma jeszcze zamówień.</translation>
    </message>
    <message>
        <source>{repeaters} of {customers} customers ordered more than once.</source>
        <translation>{repeaters} z {customers} klientów zamówiło więcej niż raz.</translation>
    </message>
    <message>
        <source>No customers yet: import your orders to see how many come back.</source>
        <translation>Nie ma jeszcze klientów: zaimportuj zamówienia, aby zobaczyć, ilu wraca.</translation>
    </message>
    <message>
        <source>Orders in the {days} days up to the last order ({last}).</source>
        <translation>Zamówienia z {days} dni do ostatniego zamówienia ({last}).</translation>
    </message>
    <message>
        <source>Orders in the {days} days up to the last order ({last}); −{change} on the {days} days before.</source>
        <translation>Zamówienia z {days} dni do ostatniego zamówienia ({last}); −{change} wobec poprzednich {days} dni.</translation>
    </message>
    <message>
        <source>Orders in the {days} days up to the last order ({last}); +{change} on the {days} days before.</source>
        <translation>Zamówienia z {days} dni do ostatniego zamówienia ({last}); +{change} wobec poprzednich {days} dni.</translation>
    </message>
    <message>
        <source>Your top {top} of customers by spend; together {share} of customer revenue.</source>
        <translation>Najlepsze {top} klientów według wydatków; razem {share} przychodu od klientów.</translation>
    </message>
    <message>
        <source>{explanation} Together {share} of customer revenue.</source>
        <translation>{explanation} Razem {share} przychodu od klientów.</translation>
    </message>
    <message>
        <source>Deal seeker</source>
        <translation>Łowca okazji</translation>
    </message>
    <message>
        <source>Full price</source>
        <translation>Pełna cena</translation>
    </message>
    <message>
        <source>The deal-seeker threshold must be a share between 0 and 1 (for example 0.5).</source>
        <translation>Próg łowcy okazji musi być udziałem od 0 do 1 (na przykład 0.5).</translation>
    </message>
    <message>
        <source>{seekers} deal seekers and {full_price} full-price buyers; on average {share} of a customer&apos;s orders were on a deal.</source>
        <translation>Łowcy okazji: {seekers}, kupujący po pełnej cenie: {full_price}; średnio {share} zamówień klienta było w promocji.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Anulowano; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>There are no orders from known customers to test recommendations on.</source>
        <translation>Nie ma zamówień od znanych klientów, na których można sprawdzić rekomendacje.</translation>
    </message>
    <message>
        <source>No customer bought both before and during the last {weeks} weeks, so there is nothing to test.</source>
        <translation>Żaden klient nie kupował zarówno przed, jak i w trakcie ostatnich tygodni (liczba: {weeks}), więc nie ma czego sprawdzić.</translation>
    </message>
    <message>
        <source>In the last {weeks} weeks, our picks would have named something a customer bought for {app} of {customers} returning customers; shop bestsellers: {bestsellers}, random products: {random} ({ratio}× bestsellers).</source>
        <translation>W ostatnich {weeks} tygodniach nasze propozycje trafiłyby w coś, co klient kupił, u {app} z {customers} powracających klientów; bestsellery sklepu: {bestsellers}, losowe produkty: {random} ({ratio}× bestsellery).</translation>
    </message>
    <message>
        <source>In the last {weeks} weeks, our picks would have named something a customer bought for {app} of a random sample of {customers} of the {eligible} returning customers; shop bestsellers: {bestsellers}, random products: {random} ({ratio}× bestsellers).</source>
        <translation>W ostatnich {weeks} tygodniach nasze propozycje trafiłyby w coś, co klient kupił, u {app} losowej próby {customers} z {eligible} powracających klientów; bestsellery sklepu: {bestsellers}, losowe produkty: {random} ({ratio}× bestsellery).</translation>
    </message>
    <message>
        <source>Customers whose first order had {product} came back {ratio}× as often as average ({rate} against {shop_rate}, {customers} first buyers).</source>
        <translation>Klienci, których pierwsze zamówienie zawierało {product}, wracali {ratio}× częściej niż przeciętnie ({rate} wobec {shop_rate}, pierwszych kupujących: {customers}).</translation>
    </message>
    <message>
        <source>No code</source>
        <translation>Bez kodu</translation>
    </message>
    <message>
        <source>A grid cell is two scores from 1 to 5 (recency, frequency); {recency},{frequency} is not one.</source>
        <translation>Komórka siatki to dwie oceny od 1 do 5 (świeżość, częstotliwość); {recency},{frequency} nią nie jest.</translation>
    </message>
    <message>
        <source>no row has an e-mail, a customer id or a phone number</source>
        <translation>żaden wiersz nie ma adresu e-mail, identyfikatora klienta ani numeru telefonu</translation>
    </message>
    <message>
        <source>no row has a date that could be read (check the date column and the date order)</source>
        <translation>żaden wiersz nie ma czytelnej daty (sprawdź kolumnę daty i kolejność dnia i miesiąca)</translation>
    </message>
    <message>
        <source>every date is before 1990 or after tomorrow (check the date column and the date order)</source>
        <translation>każda data jest sprzed 1990 roku albo późniejsza niż jutro (sprawdź kolumnę daty i kolejność dnia i miesiąca)</translation>
    </message>
    <message>
        <source>the files do not fit together (no item&apos;s order is in the orders file)</source>
        <translation>pliki do siebie nie pasują (zamówienia pozycji nie ma w pliku zamówień)</translation>
    </message>
    <message>
        <source>every row has more fields than the header (check the column separator)</source>
        <translation>każdy wiersz ma więcej pól niż nagłówek (sprawdź separator kolumn)</translation>
    </message>
    <message>
        <source>the file has no column for {missing}, which a {format} has</source>
        <translation>plik nie ma kolumny dla: {missing}, którą ma {format}</translation>
    </message>
    <message>
        <source>of this problem: {reason}</source>
        <translation>z powodu problemu: {reason}</translation>
    </message>
    <message>
        <source>no row has an order number</source>
        <translation>żaden wiersz nie ma numeru zamówienia</translation>
    </message>
    <message>
        <source>no row could be used</source>
        <translation>żadnego wiersza nie dało się użyć</translation>
    </message>
    <message>
        <source>no row has a price that reads as a number (check the price column and the decimal separator)</source>
        <translation>żaden wiersz nie ma ceny, którą da się odczytać jako liczbę (sprawdź kolumnę ceny i separator dziesiętny)</translation>
    </message>
    <message>
        <source>no row names a product (no product name or code)</source>
        <translation>żaden wiersz nie wskazuje produktu (brak nazwy lub kodu produktu)</translation>
    </message>
    <message>
        <source>no row has a quantity that reads as a number</source>
        <translation>żaden wiersz nie ma ilości, którą da się odczytać jako liczbę</translation>
    </message>
    <message>
        <source>{file} is a folder; please choose a file.</source>
        <translation>{file} to folder; wybierz plik.</translation>
    </message>
    <message>
        <source>set of files that belong together</source>
        <translation>zestawu plików, które stanowią całość</translation>
    </message>
    <message>
        <source>Every date in this file could be read day-first or month-first (for example 03/04); please say which order the dates are in.</source>
        <translation>Każdą datę w tym pliku można odczytać jako dzień-miesiąc lub miesiąc-dzień (np. 03/04); wskaż, w jakiej kolejności są zapisane daty.</translation>
    </message>
    <message>
        <source>{file} contains binary data, not text rows.</source>
        <translation>{file} zawiera dane binarne, a nie wiersze tekstu.</translation>
    </message>
    <message>
        <source>{name} is not a complete .gz file (it is cut off or not compressed); download it again.</source>
        <translation>{name} nie jest kompletnym plikiem .gz (jest ucięty albo nieskompresowany); pobierz go ponownie.</translation>
    </message>
    <message>
        <source>{name} could not be opened as a spreadsheet (it is damaged or not really an Excel file); open it in your spreadsheet program and save it again as .xlsx or CSV.</source>
        <translation>Nie udało się otworzyć {name} jako arkusza (jest uszkodzony albo nie jest naprawdę plikiem Excela); otwórz go w programie do arkuszy i zapisz ponownie jako .xlsx lub CSV.</translation>
    </message>
    <message>
        <source>The file {file} does not exist or cannot be read.</source>
        <translation>Plik {file} nie istnieje lub nie można go odczytać.</translation>
    </message>
    <message>
        <source>{file} does not say which currency its amounts are in; choose the currency (on the command line: --currency, e.g. --currency PLN).</source>
        <translation>Plik {file} nie podaje, w jakiej walucie są kwoty; wybierz walutę (w wierszu poleceń: --currency, np. --currency PLN).</translation>
    </message>
    <message>
        <source>{file} is damaged part-way through (after {rows} rows); open it in your spreadsheet program and save it again.</source>
        <translation>{file} jest uszkodzony w środku (po wierszach: {rows}); otwórz go w programie do arkuszy i zapisz ponownie.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} jest pusty.</translation>
    </message>
    <message>
        <source>{file} holds a cell with more than a million characters, which no shop export has (it would fill the memory); it is damaged or not an export. Open it in your spreadsheet program, check it and save it again.</source>
        <translation>{file} zawiera komórkę z ponad milionem znaków, czego nie ma żaden eksport sklepu (zapełniłaby pamięć); plik jest uszkodzony albo nie jest eksportem. Otwórz go w programie do arkuszy, sprawdź i zapisz ponownie.</translation>
    </message>
    <message>
        <source>{name} has a line longer than {megabytes} MB, which no table export has (one row per line); it is damaged or not an export. Export it again.</source>
        <translation>{name} ma wiersz dłuższy niż {megabytes} MB, czego nie ma żaden eksport tabeli (jeden wiersz w linii); plik jest uszkodzony albo nie jest eksportem. Wyeksportuj go ponownie.</translation>
    </message>
    <message>
        <source>Choose which column of {file} holds what (the column mapping) first.</source>
        <translation>Najpierw wskaż, która kolumna pliku {file} zawiera jakie dane (przypisanie kolumn).</translation>
    </message>
    <message>
        <source>The column mapping is not complete: {problems}</source>
        <translation>Przypisanie kolumn nie jest kompletne: {problems}</translation>
    </message>
    <message>
        <source>{file} is an Excel workbook with the wrong name; rename it to .xlsx (or save it as CSV) and import it again.</source>
        <translation>{file} to skoroszyt Excela z niewłaściwą nazwą; zmień rozszerzenie na .xlsx (albo zapisz go jako CSV) i zaimportuj ponownie.</translation>
    </message>
    <message>
        <source>Choose at least one file to import.</source>
        <translation>Wybierz co najmniej jeden plik do zaimportowania.</translation>
    </message>
    <message>
        <source>{file} has no header row.</source>
        <translation>{file} nie ma wiersza nagłówka.</translation>
    </message>
    <message>
        <source>{file} has no line break in its first megabyte, so it is not a table export (one row per line); it is damaged or a different kind of file.</source>
        <translation>{file} nie ma podziału wiersza w pierwszym megabajcie, więc nie jest eksportem tabeli (jeden wiersz w linii); jest uszkodzony albo to inny rodzaj pliku.</translation>
    </message>
    <message>
        <source>The file {file} does not exist.</source>
        <translation>Plik {file} nie istnieje.</translation>
    </message>
    <message>
        <source>{file} has a header but no usable rows.</source>
        <translation>{file} ma nagłówek, ale nie ma wierszy, których można użyć.</translation>
    </message>
    <message>
        <source>{file} could not be read as a table: {problem}.</source>
        <translation>Nie udało się odczytać {file} jako tabeli: {problem}.</translation>
    </message>
    <message>
        <source>{file} is not part of an {format}; import it on its own.</source>
        <translation>{file} nie należy do zestawu: {format}; zaimportuj go osobno.</translation>
    </message>
    <message>
        <source>Shopkeeper does not recognise the columns of {file} ({columns}); choose the format or map the columns by hand.</source>
        <translation>Shopkeeper nie rozpoznaje kolumn pliku {file} ({columns}); wybierz format albo przypisz kolumny ręcznie.</translation>
    </message>
    <message>
        <source>Shopkeeper does not recognise the columns of {file} ({columns}); it looks most like a {format}, but lacks {lacking}; choose the format or map the columns by hand.</source>
        <translation>Shopkeeper nie rozpoznaje kolumn pliku {file} ({columns}); najbardziej przypomina on format {format}, ale brakuje w nim kolumn {lacking}; wybierz format albo przypisz kolumny ręcznie.</translation>
    </message>
    <message>
        <source>Shopkeeper does not recognise the columns of {file} ({columns}); it looks most like a {format}, but has no column for {missing}; choose the format or map the columns by hand.</source>
        <translation>Shopkeeper nie rozpoznaje kolumn pliku {file} ({columns}); najbardziej przypomina on format {format}, ale nie ma kolumny dla: {missing}; wybierz format albo przypisz kolumny ręcznie.</translation>
    </message>
    <message>
        <source>{file} is not a text export (it looks like a spreadsheet, ZIP or PDF file); save it as CSV or open it as .xlsx.</source>
        <translation>{file} nie jest eksportem tekstowym (wygląda na arkusz, plik ZIP lub PDF); zapisz go jako CSV albo otwórz jako .xlsx.</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}: all {rows} rows were skipped because {cause}.</source>
        <translation>Z pliku {file} niczego nie zaimportowano: wszystkie wiersze ({rows}) pominięto, bo {cause}.</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}: all {rows} rows were skipped because {cause}; choose the right format or map the columns by hand.</source>
        <translation>Z pliku {file} niczego nie zaimportowano: wszystkie wiersze ({rows}) pominięto, bo {cause}; wybierz właściwy format albo przypisz kolumny ręcznie.</translation>
    </message>
    <message>
        <source>An Olist-style import needs the {files} file too; choose all the files of the export together.</source>
        <translation>Import w stylu Olist wymaga też pliku: {files}; wybierz razem wszystkie pliki eksportu.</translation>
    </message>
    <message>
        <source>{file} has no header row and no data (it holds only blank lines or a byte order mark).</source>
        <translation>{file} nie ma wiersza nagłówka ani danych (zawiera tylko puste wiersze lub znacznik kolejności bajtów).</translation>
    </message>
    <message>
        <source>Unknown file format &apos;{name}&apos;; known formats are: {known}.</source>
        <translation>Nieznany format pliku „{name}”; znane formaty: {known}.</translation>
    </message>
    <message>
        <source>{file} does not start with a readable header row (column names in the first line); check that it is the right export.</source>
        <translation>{file} nie zaczyna się czytelnym wierszem nagłówka (nazwy kolumn w pierwszej linii); sprawdź, czy to właściwy eksport.</translation>
    </message>
    <message>
        <source>{file} unpacks to {gigabytes} GB from {megabytes} MB, which no shop export does (it would fill the memory); it is damaged or not an export. Save it again as .xlsx or CSV.</source>
        <translation>{file} rozpakowuje się z {megabytes} MB do {gigabytes} GB, czego nie robi żaden eksport sklepu (zapełniłby pamięć); plik jest uszkodzony albo nie jest eksportem. Zapisz go ponownie jako .xlsx lub CSV.</translation>
    </message>
    <message>
        <source>Etsy&apos;s order items file (Shop Manager → Settings → Options → Download Data → Orders → Order Items: EtsySoldOrderItems…csv)</source>
        <translation>plik pozycji zamówień Etsy (Shop Manager → Settings → Options → Download Data → Orders → Order Items: EtsySoldOrderItems…csv)</translation>
    </message>
    <message>
        <source>{items} → {orders} by Order ID</source>
        <translation>{items} → {orders} według Order ID</translation>
    </message>
    <message>
        <source>Only the items file: items are imported; order discounts, shipping and refunds need the EtsySoldOrders file too.</source>
        <translation>Tylko plik pozycji: pozycje zostaną zaimportowane; rabaty zamówień, wysyłka i zwroty wymagają też pliku EtsySoldOrders.</translation>
    </message>
    <message>
        <source>Only the orders file: orders, revenue and buyers are imported without their items (add the EtsySoldOrderItems file for products).</source>
        <translation>Tylko plik zamówień: zamówienia, przychód i kupujący zostaną zaimportowani bez pozycji (dodaj plik EtsySoldOrderItems, aby mieć produkty).</translation>
    </message>
    <message>
        <source>sold order items</source>
        <translation>sprzedane pozycje zamówień</translation>
    </message>
    <message>
        <source>sold orders</source>
        <translation>sprzedane zamówienia</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Identyfikator klienta</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nazwa klienta</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Data zamówienia</translation>
    </message>
    <message>
        <source>Discount amount</source>
        <translation>Kwota rabatu</translation>
    </message>
    <message>
        <source>Discount code</source>
        <translation>Kod rabatowy</translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation>E-mail klienta</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Wartość pozycji</translation>
    </message>
    <message>
        <source>Order / invoice number</source>
        <translation>Numer zamówienia / faktury</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Wartość zamówienia</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Cena jednostkowa</translation>
    </message>
    <message>
        <source>Product code / SKU</source>
        <translation>Kod produktu / SKU</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Nazwa produktu</translation>
    </message>
    <message>
        <source>Product URL</source>
        <translation>Adres URL produktu</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation>Kwota zwrotu</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Status zamówienia</translation>
    </message>
    <message>
        <source>Product list (catalog)</source>
        <translation>Lista produktów (katalog)</translation>
    </message>
    <message>
        <source>CDNOW-style purchase records (customer, date, quantity, value)</source>
        <translation>Zapisy zakupów w stylu CDNOW (klient, data, ilość, wartość)</translation>
    </message>
    <message>
        <source>Etsy sold orders / sold order items</source>
        <translation>Etsy: sprzedane zamówienia / pozycje zamówień</translation>
    </message>
    <message>
        <source>Any table (choose the columns)</source>
        <translation>Dowolna tabela (wybierz kolumny)</translation>
    </message>
    <message>
        <source>Olist-style set of files (orders, items, customers, products)</source>
        <translation>Zestaw plików w stylu Olist (zamówienia, pozycje, klienci, produkty)</translation>
    </message>
    <message>
        <source>Online Retail (UCI) invoice lines</source>
        <translation>Pozycje faktur Online Retail (UCI)</translation>
    </message>
    <message>
        <source>PrestaShop order list (order totals only)</source>
        <translation>Lista zamówień PrestaShop (tylko sumy zamówień)</translation>
    </message>
    <message>
        <source>PrestaShop customers export</source>
        <translation>Eksport klientów PrestaShop</translation>
    </message>
    <message>
        <source>PrestaShop order details (one row per product)</source>
        <translation>Szczegóły zamówień PrestaShop (jeden wiersz na produkt)</translation>
    </message>
    <message>
        <source>Shopify customers export</source>
        <translation>Eksport klientów Shopify</translation>
    </message>
    <message>
        <source>Shopify orders export</source>
        <translation>Eksport zamówień Shopify</translation>
    </message>
    <message>
        <source>Shopify product export (catalog)</source>
        <translation>Eksport produktów Shopify (katalog)</translation>
    </message>
    <message>
        <source>Squarespace orders export</source>
        <translation>Eksport zamówień Squarespace</translation>
    </message>
    <message>
        <source>WooCommerce order export (one row per item)</source>
        <translation>Eksport zamówień WooCommerce (wiersz na pozycję)</translation>
    </message>
    <message>
        <source>WooCommerce Analytics → Orders CSV</source>
        <translation>WooCommerce Analityka → Zamówienia CSV</translation>
    </message>
    <message>
        <source>WooCommerce customers export</source>
        <translation>Eksport klientów WooCommerce</translation>
    </message>
    <message>
        <source>WooCommerce order export (one row per order, items in line_items cells)</source>
        <translation>Eksport zamówień WooCommerce (jeden wiersz na zamówienie, pozycje w komórkach line_items)</translation>
    </message>
    <message>
        <source>WooCommerce products export (catalog)</source>
        <translation>Eksport produktów WooCommerce (katalog)</translation>
    </message>
    <message>
        <source>customer ids were rounded by a spreadsheet (long ids ending in zeros)</source>
        <translation>identyfikatory klientów zostały zaokrąglone przez arkusz kalkulacyjny (długie identyfikatory zakończone zerami)</translation>
    </message>
    <message>
        <source>customer ids were rounded by a spreadsheet (scientific notation such as 7.07142E+12)</source>
        <translation>identyfikatory klientów zostały zaokrąglone przez arkusz kalkulacyjny (zapis naukowy, np. 7.07142E+12)</translation>
    </message>
    <message>
        <source>one customer id belongs to people with different e-mails</source>
        <translation>jeden identyfikator klienta należy do osób z różnymi adresami e-mail</translation>
    </message>
    <message>
        <source>{items} or {last}</source>
        <translation>{items} lub {last}</translation>
    </message>
    <message>
        <source>Choose the column for &apos;{field}&apos;.</source>
        <translation>Wybierz kolumnę dla pola „{field}”.</translation>
    </message>
    <message>
        <source>Choose the column for the order number, or for the customer (each customer&apos;s purchases on one day then form one order).</source>
        <translation>Wybierz kolumnę z numerem zamówienia albo z klientem (zakupy klienta z jednego dnia tworzą wtedy jedno zamówienie).</translation>
    </message>
    <message>
        <source>Choose the column for the unit price or the line total.</source>
        <translation>Wybierz kolumnę z ceną jednostkową lub wartością pozycji.</translation>
    </message>
    <message>
        <source>Choose the column for the product name or the product code.</source>
        <translation>Wybierz kolumnę z nazwą lub kodem produktu.</translation>
    </message>
    <message>
        <source>The file has no column &apos;{column}&apos;.</source>
        <translation>Plik nie ma kolumny „{column}”.</translation>
    </message>
    <message>
        <source>{first} {then}</source>
        <translation>{first} {then}</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>klient</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>the product handle</source>
        <translation>identyfikator produktu (handle)</translation>
    </message>
    <message>
        <source>the invoice number</source>
        <translation>numer faktury</translation>
    </message>
    <message>
        <source>the order number</source>
        <translation>numer zamówienia</translation>
    </message>
    <message>
        <source>the price</source>
        <translation>cena</translation>
    </message>
    <message>
        <source>the product</source>
        <translation>produkt</translation>
    </message>
    <message>
        <source>the products</source>
        <translation>produkty</translation>
    </message>
    <message>
        <source>the quantity</source>
        <translation>ilość</translation>
    </message>
    <message>
        <source>the revenue</source>
        <translation>przychód</translation>
    </message>
    <message>
        <source>the total</source>
        <translation>suma</translation>
    </message>
    <message>
        <source>the value</source>
        <translation>wartość</translation>
    </message>
    <message>
        <source>{meaning} (&apos;{column}&apos;)</source>
        <translation>{meaning} („{column}”)</translation>
    </message>
    <message>
        <source>This file is the shop&apos;s product catalog: links, pictures, prices and stock now come from it, and drafts, hidden and sold-out products are never recommended.</source>
        <translation>Ten plik to katalog produktów sklepu: linki, zdjęcia, ceny i stany magazynowe pochodzą teraz z niego, a szkice, ukryte i wyprzedane produkty nigdy nie są polecane.</translation>
    </message>
    <message>
        <source>The file&apos;s {reason}: customers were matched by e-mail (or phone) instead, so that no two people are merged.</source>
        <translation>W pliku {reason}: dlatego klientów dopasowano po adresie e-mail (lub telefonie), aby nie połączyć dwóch różnych osób.</translation>
    </message>
    <message>
        <source>an export with one row per product sold</source>
        <translation>eksport z jednym wierszem na każdy sprzedany produkt</translation>
    </message>
    <message>
        <source>{file} has no e-mail addresses: offer files will need a customers export with e-mails (import it too).</source>
        <translation>Plik {file} nie zawiera adresów e-mail: pliki ofert będą wymagały eksportu klientów z adresami e-mail (zaimportuj go też).</translation>
    </message>
    <message>
        <source>{file} has no products, only order totals: revenue, customers, segments, lists and lifetime value work, but the product screens stay empty. To see products, import {export} too.</source>
        <translation>Plik {file} nie zawiera produktów, tylko sumy zamówień: przychód, klienci, segmenty, listy i wartość klienta działają, ale ekrany produktów pozostaną puste. Aby zobaczyć produkty, zaimportuj też {export}.</translation>
    </message>
    <message>
        <source>A customer list has no orders: customers were added or updated, and no orders were imported.</source>
        <translation>Lista klientów nie zawiera zamówień: klienci zostali dodani lub zaktualizowani, zamówień nie zaimportowano.</translation>
    </message>
    <message>
        <source>This PrestaShop export lists orders without their line items: revenue and customers are imported, but baskets and product pairs need an export with line items.</source>
        <translation>Ten eksport PrestaShop zawiera zamówienia bez pozycji: przychód i klienci zostaną zaimportowani, ale koszyki i pary produktów wymagają eksportu z pozycjami.</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} i {second}</translation>
    </message>
    <message>
        <source>{left} → {right} by {column}</source>
        <translation>{left} → {right} według {column}</translation>
    </message>
    <message>
        <source>Missing: the items file (required).</source>
        <translation>Brak: pliku pozycji (wymagany).</translation>
    </message>
    <message>
        <source>Missing: the orders file (required).</source>
        <translation>Brak: pliku zamówień (wymagany).</translation>
    </message>
    <message>
        <source>items</source>
        <translation>pozycji</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>zamówień</translation>
    </message>
    <message>
        <source>PrestaShop&apos;s order details (Advanced Parameters → SQL Manager: a query over order_detail with id_order, product_name, product_reference, product_quantity and unit_price_tax_excl, exported as CSV)</source>
        <translation>szczegóły zamówień PrestaShop (Zaawansowane → Menedżer SQL: zapytanie do order_detail z id_order, product_name, product_reference, product_quantity i unit_price_tax_excl, wyeksportowane jako CSV)</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>waluta</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>klient</translation>
    </message>
    <message>
        <source>line total</source>
        <translation>wartość pozycji</translation>
    </message>
    <message>
        <source>order</source>
        <translation>zamówienie</translation>
    </message>
    <message>
        <source>date (UTC)</source>
        <translation>data (UTC)</translation>
    </message>
    <message>
        <source>product</source>
        <translation>produkt</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>ilość</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>Files checked</source>
        <translation>Pliki sprawdzone</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import zakończony</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>Czytam {file}</translation>
    </message>
    <message>
        <source>{rows} rows checked</source>
        <translation>sprawdzone wiersze: {rows}</translation>
    </message>
    <message>
        <source>{rows} rows read</source>
        <translation>odczytane wiersze: {rows}</translation>
    </message>
    <message>
        <source>date is not YYYYMMDD</source>
        <translation>data nie ma formatu RRRRMMDD</translation>
    </message>
    <message>
        <source>date is before 1990 or after tomorrow</source>
        <translation>data jest wcześniejsza niż 1990 lub późniejsza niż jutro</translation>
    </message>
    <message>
        <source>item&apos;s order is not in the orders file</source>
        <translation>zamówienia tej pozycji nie ma w pliku zamówień</translation>
    </message>
    <message>
        <source>line price is not a number</source>
        <translation>cena pozycji nie jest liczbą</translation>
    </message>
    <message>
        <source>line quantity is not a number</source>
        <translation>ilość w pozycji nie jest liczbą</translation>
    </message>
    <message>
        <source>line total is not a number</source>
        <translation>wartość pozycji nie jest liczbą</translation>
    </message>
    <message>
        <source>malformed row (more fields than the header)</source>
        <translation>uszkodzony wiersz (więcej pól niż w nagłówku)</translation>
    </message>
    <message>
        <source>net revenue is not a number</source>
        <translation>przychód netto nie jest liczbą</translation>
    </message>
    <message>
        <source>no customer to group the purchase into an order</source>
        <translation>brak klienta, według którego można zgrupować zakup w zamówienie</translation>
    </message>
    <message>
        <source>no customer id</source>
        <translation>brak identyfikatora klienta</translation>
    </message>
    <message>
        <source>no e-mail, customer id or phone</source>
        <translation>brak adresu e-mail, identyfikatora klienta i telefonu</translation>
    </message>
    <message>
        <source>no e-mail and no customer id</source>
        <translation>brak e-maila i identyfikatora klienta</translation>
    </message>
    <message>
        <source>no invoice number</source>
        <translation>brak numeru faktury</translation>
    </message>
    <message>
        <source>no order id</source>
        <translation>brak identyfikatora zamówienia</translation>
    </message>
    <message>
        <source>no order number</source>
        <translation>brak numeru zamówienia</translation>
    </message>
    <message>
        <source>no product code or name</source>
        <translation>brak kodu lub nazwy produktu</translation>
    </message>
    <message>
        <source>no product id</source>
        <translation>brak identyfikatora produktu</translation>
    </message>
    <message>
        <source>no product name or code</source>
        <translation>brak nazwy lub kodu produktu</translation>
    </message>
    <message>
        <source>no product name or SKU</source>
        <translation>brak nazwy produktu lub SKU</translation>
    </message>
    <message>
        <source>no products listed</source>
        <translation>brak wymienionych produktów</translation>
    </message>
    <message>
        <source>date is missing or not a date</source>
        <translation>brak daty lub to nie jest data</translation>
    </message>
    <message>
        <source>order already listed on an earlier row (its total is read once)</source>
        <translation>zamówienie już podane we wcześniejszym wierszu (jego suma jest liczona raz)</translation>
    </message>
    <message>
        <source>order has no items in the items file</source>
        <translation>zamówienie nie ma pozycji w pliku pozycji</translation>
    </message>
    <message>
        <source>price is not a number</source>
        <translation>cena nie jest liczbą</translation>
    </message>
    <message>
        <source>price or total is not a number</source>
        <translation>cena lub suma nie jest liczbą</translation>
    </message>
    <message>
        <source>quantity is not a number</source>
        <translation>ilość nie jest liczbą</translation>
    </message>
    <message>
        <source>total is not a number</source>
        <translation>suma nie jest liczbą</translation>
    </message>
    <message>
        <source>value is not a number</source>
        <translation>wartość nie jest liczbą</translation>
    </message>
    <message>
        <source>Over {cutoffs} past dates, the ranking put a customer who did not come back above one who did {ours} of the time, against {days} for days since the last order and {ratio} for days since the last order divided by the customer&apos;s usual interval.</source>
        <translation>W {cutoffs} minionych datach ranking stawiał klienta, który nie wrócił, wyżej niż klienta, który wrócił, w {ours} przypadków, wobec {days} dla liczby dni od ostatniego zamówienia i {ratio} dla liczby dni od ostatniego zamówienia podzielonej przez zwykły odstęp klienta.</translation>
    </message>
    <message>
        <source>Of the customers we would have flagged {days} days ago, {flagged} did not come back, against {others} of the others.</source>
        <translation>Spośród klientów, których oznaczylibyśmy {days} dni temu, {flagged} nie wróciło, wobec {others} pozostałych.</translation>
    </message>
    <message>
        <source>The shop&apos;s history is too short to test who stops ordering: it needs customers who ordered at least {days} days before the last order.</source>
        <translation>Historia sklepu jest zbyt krótka, by sprawdzić, kto przestaje zamawiać: potrzeba klientów, którzy zamawiali co najmniej {days} dni przed ostatnim zamówieniem.</translation>
    </message>
    <message>
        <source>The purchase model sees no customer ever stopping and it did not rank better than days since the last order on the past, so customers are ranked by days since their last order.</source>
        <translation>Model zakupów nie widzi, by jakikolwiek klient przestawał kupować, i na przeszłych danych nie szeregował lepiej niż liczba dni od ostatniego zamówienia, więc klienci są uszeregowani według liczby dni od ostatniego zamówienia.</translation>
    </message>
    <message>
        <source>Only {repeat} customers ordered more than once, too few to fit the purchase model, so customers are ranked by days since their last order.</source>
        <translation>Tylko {repeat} klientów zamówiło więcej niż raz, zbyt mało, by dopasować model zakupów, więc klienci są uszeregowani według liczby dni od ostatniego zamówienia.</translation>
    </message>
    <message>
        <source>The purchase model could not be fitted, so customers are ranked by days since their last order.</source>
        <translation>Nie udało się dopasować modelu zakupów, więc klienci są uszeregowani według liczby dni od ostatniego zamówienia.</translation>
    </message>
    <message>
        <source>Testing the lapse ranking on the past</source>
        <translation>Sprawdzanie rankingu odejść na danych z przeszłości</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Zagrożeni</translation>
    </message>
    <message>
        <source>High-value repeat customers, not yet silent for long, whom the back-tested lapse ranking puts among the more likely half to stop ordering.</source>
        <translation>Wartościowi stali klienci, jeszcze nie milczący długo, których sprawdzony na przeszłości ranking odejść umieszcza w połowie bardziej skłonnej przestać zamawiać.</translation>
    </message>
    <message>
        <source>There is no list called &apos;{key}&apos;; use one of: {known}.</source>
        <translation>Nie ma listy o nazwie &apos;{key}&apos;; użyj jednej z: {known}.</translation>
    </message>
    <message>
        <source>Showing the {shown} most valuable, and {more} more.</source>
        <translation>Pokazano {shown} najcenniejszych, i jeszcze {more}.</translation>
    </message>
    <message>
        <source>New (one order in the last 60 days)</source>
        <translation>Nowi (jedno zamówienie w ostatnich 60 dniach)</translation>
    </message>
    <message>
        <source>One-time buyers</source>
        <translation>Jednorazowi kupujący</translation>
    </message>
    <message>
        <source>Loading orders</source>
        <translation>Wczytywanie zamówień</translation>
    </message>
    <message>
        <source>chance of having stopped: {now} %, up from {before} % a month ago</source>
        <translation>szansa, że przestał kupować: {now} %, miesiąc temu {before} %</translation>
    </message>
    <message>
        <source>more likely to stop ordering than {share} of customers</source>
        <translation>bardziej skłonny przestać zamawiać niż {share} klientów</translation>
    </message>
    <message>
        <source>silent {ratio}× longer than usual</source>
        <translation>milczy {ratio}× dłużej niż zwykle</translation>
    </message>
    <message>
        <source>predicted value {value}</source>
        <translation>przewidywana wartość {value}</translation>
    </message>
    <message>
        <source>spent {value}</source>
        <translation>wydał {value}</translation>
    </message>
    <message>
        <source>bought once; customers here usually reorder within {days} days, silent for {silent}</source>
        <translation>kupił raz; klienci tego sklepu zwykle zamawiają ponownie w ciągu {days} dni, milczy od {silent}</translation>
    </message>
    <message>
        <source>usually orders every {days} days, silent for {silent}</source>
        <translation>zwykle zamawia co {days} dni, milczy od {silent}</translation>
    </message>
    <message>
        <source>Your most valuable customers: top by predicted value (or by past spend when history is short).</source>
        <translation>Twoi najcenniejsi klienci: najlepsi według przewidywanej wartości (lub dotychczasowych wydatków, gdy historia jest krótka).</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Customers who have been silent much longer than they usually wait between orders.</source>
        <translation>Klienci, którzy milczą znacznie dłużej, niż zwykle czekają między zamówieniami.</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>Do odzyskania</translation>
    </message>
    <message>
        <source>There is no product number {product} in this shop.</source>
        <translation>W tym sklepie nie ma produktu o numerze {product}.</translation>
    </message>
    <message>
        <source>A product cannot be pinned to itself.</source>
        <translation>Produktu nie można przypiąć do niego samego.</translation>
    </message>
    <message>
        <source>A pair needs two different products.</source>
        <translation>Para wymaga dwóch różnych produktów.</translation>
    </message>
    <message>
        <source>Since {day}, {customers} {from_segment} became {to_segment}.</source>
        <translation>Od {day}: {customers} z segmentu {from_segment} przeszło do segmentu {to_segment}.</translation>
    </message>
    <message>
        <source>No customer had ordered by the end date, so nothing moved.</source>
        <translation>Do daty końcowej nikt nic nie zamówił, więc nie ma żadnych przejść.</translation>
    </message>
    <message>
        <source>Segment on the start date</source>
        <translation>Segment w dniu początkowym</translation>
    </message>
    <message>
        <source>Where customers moved between segments</source>
        <translation>Jak klienci przechodzili między segmentami</translation>
    </message>
    <message>
        <source>Segment on the end date</source>
        <translation>Segment w dniu końcowym</translation>
    </message>
    <message>
        <source>No customer went from {from_segment} to {to_segment} between these dates.</source>
        <translation>Między tymi datami żaden klient nie przeszedł z segmentu {from_segment} do segmentu {to_segment}.</translation>
    </message>
    <message>
        <source>The end date {end} is before the start date {start}; swap them.</source>
        <translation>Data końcowa {end} jest wcześniejsza niż początkowa {start}; zamień je miejscami.</translation>
    </message>
    <message>
        <source>Since {day}, {customers} new customers became {to_segment}.</source>
        <translation>Od {day}: nowi klienci ({customers}) trafili do segmentu {to_segment}.</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>Jeszcze bez zamówień</translation>
    </message>
    <message>
        <source>e-mail address is not valid</source>
        <translation>nieprawidłowy adres e-mail</translation>
    </message>
    <message>
        <source>the same e-mail address appears twice (kept the first)</source>
        <translation>ten sam adres e-mail występuje dwa razy (zachowano pierwszy)</translation>
    </message>
    <message>
        <source>did not accept marketing</source>
        <translation>brak zgody na marketing</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>brak adresu e-mail</translation>
    </message>
    <message>
        <source>no marketing consent recorded</source>
        <translation>brak zapisanej zgody marketingowej</translation>
    </message>
    <message>
        <source>The control group must be a share between 0 and 1 (for example 0.1 for 10%).</source>
        <translation>Grupa kontrolna musi być udziałem od 0 do 1 (na przykład 0.1 dla 10%).</translation>
    </message>
    <message>
        <source>A country code in the Mailchimp file is not a two-letter ISO code.</source>
        <translation>Kod kraju w pliku Mailchimp nie jest dwuliterowym kodem ISO.</translation>
    </message>
    <message>
        <source>The discount for {tier} must be between 0 and 100 percent.</source>
        <translation>Rabat dla „{tier}” musi wynosić od 0 do 100 procent.</translation>
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
        <translation>Grupa odbiorców „{audience}” nie ma klientów w tym sklepie.</translation>
    </message>
    <message>
        <source>The Klaviyo file would be {size} MB, over Klaviyo&apos;s 50 MB limit; choose a smaller audience.</source>
        <translation>Plik Klaviyo miałby {size} MB, ponad limit Klaviyo wynoszący 50 MB; wybierz mniejszą grupę odbiorców.</translation>
    </message>
    <message>
        <source>The Mailchimp column {name} is not a valid merge tag.</source>
        <translation>Kolumna Mailchimp {name} nie jest prawidłowym znacznikiem scalania (merge tag).</translation>
    </message>
    <message>
        <source>No customer in &apos;{audience}&apos; can go into this file ({reasons}).</source>
        <translation>Żaden klient z „{audience}” nie może trafić do tego pliku ({reasons}).</translation>
    </message>
    <message>
        <source>&apos;{part}&apos; is not a discount; write it like winback=15.</source>
        <translation>„{part}” nie jest rabatem; zapisz go jak winback=15.</translation>
    </message>
    <message>
        <source>The offer file could not be lined up with its customers; nothing was written.</source>
        <translation>Nie udało się dopasować pliku oferty do jego klientów; nic nie zostało zapisane.</translation>
    </message>
    <message>
        <source>The send date must be a day written like 2024-03-31.</source>
        <translation>Data wysyłki musi być dniem zapisanym jak 2024-03-31.</translation>
    </message>
    <message>
        <source>The Shopify tag must be short, lowercase letters, digits and dashes (like sk-vip).</source>
        <translation>Tag Shopify musi być krótki: małe litery, cyfry i myślniki (np. sk-vip).</translation>
    </message>
    <message>
        <source>&apos;{target}&apos; is not a file type Shopkeeper writes; choose one of {known}.</source>
        <translation>„{target}” nie jest typem pliku, który zapisuje Shopkeeper; wybierz jeden z: {known}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a variant; write it like A:subject=Welcome back or B:discount=10.</source>
        <translation>&apos;{text}&apos; nie jest wariantem; zapisz go jak A:subject=Witaj ponownie albo B:discount=10.</translation>
    </message>
    <message>
        <source>An offer has two or three variants, or none.</source>
        <translation>Oferta ma dwa lub trzy warianty albo żadnego.</translation>
    </message>
    <message>
        <source>Each variant needs its own short name (letters, digits, spaces or dashes; not &apos;control&apos; or &apos;mailed&apos;).</source>
        <translation>Każdy wariant potrzebuje własnej krótkiej nazwy (litery, cyfry, spacje lub myślniki; nie &apos;control&apos; ani &apos;mailed&apos;).</translation>
    </message>
    <message>
        <source>A variant&apos;s picks are &apos;personal&apos; or &apos;none&apos;.</source>
        <translation>Propozycje wariantu to &apos;personal&apos; albo &apos;none&apos;.</translation>
    </message>
    <message>
        <source>{customers} customer(s) had their discount lowered to stay within your margin.</source>
        <translation>Klienci z obniżonym rabatem, by zmieścić się w marży: {customers}.</translation>
    </message>
    <message>
        <source>{customers} unique coupon code(s) are in the file; import the codes file into your shop before sending.</source>
        <translation>Unikalne kody rabatowe w pliku: {customers}; przed wysyłką zaimportuj plik kodów do sklepu.</translation>
    </message>
    <message>
        <source>{rows} row(s) dropped: {reason}.</source>
        <translation>Odrzucone wiersze ({reason}): {rows}.</translation>
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
        <translation>Grupy: {groups}.</translation>
    </message>
    <message>
        <source>{customers} customer(s) who did not accept marketing were left out.</source>
        <translation>Pominięci klienci bez zgody na marketing: {customers}.</translation>
    </message>
    <message>
        <source>{customers} customer(s) have no known country; their COUNTRY is left empty.</source>
        <translation>Klienci bez znanego kraju (COUNTRY pozostaje puste): {customers}.</translation>
    </message>
    <message>
        <source>{cells} text cell(s) were shortened to Mailchimp&apos;s 255-byte limit.</source>
        <translation>Komórki tekstu skrócone do limitu 255 bajtów Mailchimp: {cells}.</translation>
    </message>
    <message>
        <source>{customers} customer(s) have no marketing consent recorded; they are included, as you asked.</source>
        <translation>Klienci bez zapisanej zgody marketingowej (uwzględnieni): {customers}.</translation>
    </message>
    <message>
        <source>{customers} customer(s) have no marketing consent recorded; they are left out (import the shop&apos;s customers export, which says who agreed).</source>
        <translation>Pominięci klienci bez zapisanej zgody marketingowej (zaimportuj eksport klientów sklepu, który mówi, kto się zgodził): {customers}.</translation>
    </message>
    <message>
        <source>Finding the audience</source>
        <translation>Wyszukiwanie grupy odbiorców</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Sprawdzanie pliku</translation>
    </message>
    <message>
        <source>Choosing discounts</source>
        <translation>Dobieranie rabatów</translation>
    </message>
    <message>
        <source>Personalising</source>
        <translation>Personalizowanie</translation>
    </message>
    <message>
        <source>about as often as chance would give</source>
        <translation>mniej więcej tak często jak przypadkiem</translation>
    </message>
    <message>
        <source>{lift}× more often than by chance</source>
        <translation>{lift}× częściej niż przypadkiem</translation>
    </message>
    <message>
        <source>less often than chance would give ({lift}×)</source>
        <translation>rzadziej niż przypadkiem ({lift}×)</translation>
    </message>
    <message>
        <source>This shop has no orders yet, so there is nothing bought together to show.</source>
        <translation>Ten sklep nie ma jeszcze zamówień, więc nie ma czego pokazać jako kupowane razem.</translation>
    </message>
    <message>
        <source>No product matches “{text}”; try its SKU or part of its name.</source>
        <translation>Żaden produkt nie pasuje do „{text}”; spróbuj jego SKU lub części nazwy.</translation>
    </message>
    <message>
        <source>Building baskets</source>
        <translation>Tworzenie koszyków</translation>
    </message>
    <message>
        <source>Counting products bought together</source>
        <translation>Liczenie produktów kupowanych razem</translation>
    </message>
    <message>
        <source>Looking for sets of three</source>
        <translation>Szukanie zestawów po trzy</translation>
    </message>
    <message>
        <source>{rule}; {chance}</source>
        <translation>{rule}; {chance}</translation>
    </message>
    <message>
        <source>bought together in {together} of {total} baskets that contain {product}</source>
        <translation>kupowane razem w {together} z {total} koszyków zawierających {product}</translation>
    </message>
    <message>
        <source>bought together in {together} of {total} orders that contain {product}</source>
        <translation>kupowane razem w {together} z {total} zamówień zawierających {product}</translation>
    </message>
    <message>
        <source>all three bought together in {together} baskets</source>
        <translation>wszystkie trzy kupowane razem w {together} koszykach</translation>
    </message>
    <message>
        <source>all three bought together in {together} orders</source>
        <translation>wszystkie trzy kupowane razem w {together} zamówieniach</translation>
    </message>
    <message>
        <source>There is no customer {customer} in this shop.</source>
        <translation>W tym sklepie nie ma klienta {customer}.</translation>
    </message>
    <message>
        <source>Customer {customer} has no orders in this shop.</source>
        <translation>Klient {customer} nie ma zamówień w tym sklepie.</translation>
    </message>
    <message>
        <source>Finding each customer&apos;s picks</source>
        <translation>Dobieranie propozycji dla każdego klienta</translation>
    </message>
    <message>
        <source>Choosing the picks&apos; settings on earlier weeks</source>
        <translation>Dobieranie ustawień propozycji na wcześniejszych tygodniach</translation>
    </message>
    <message>
        <source>bought it in {orders} order(s), the last {since} days ago</source>
        <translation>kupił(a) to w {orders} zamówieniu(-ach), ostatnio {since} dni temu</translation>
    </message>
    <message>
        <source>customers who bought what they bought also bought it</source>
        <translation>klienci, którzy kupili to samo, kupili też to</translation>
    </message>
    <message>
        <source>bought it in {orders} order(s); customers usually rebuy it every {days} days</source>
        <translation>kupił go w zamówieniach: {orders}; klienci zwykle kupują go ponownie co {days} dni</translation>
    </message>
    <message>
        <source>often bought with {product}, which they bought</source>
        <translation>często kupowany z {product}, który ten klient kupił</translation>
    </message>
    <message>
        <source>bestseller in their country</source>
        <translation>bestseller w jego kraju</translation>
    </message>
    <message>
        <source>bought before, rebought regularly</source>
        <translation>kupowany wcześniej, regularnie kupowany ponownie</translation>
    </message>
    <message>
        <source>bestseller in their segment</source>
        <translation>bestseller w jego segmencie</translation>
    </message>
    <message>
        <source>similar to what they bought</source>
        <translation>podobny do tego, co kupił</translation>
    </message>
    <message>
        <source>bought together with what they bought</source>
        <translation>kupowany razem z tym, co kupili</translation>
    </message>
    <message>
        <source>No customer bought both before and during the test periods, so there is nothing to test.</source>
        <translation>Żaden klient nie kupował zarówno przed okresami testu, jak i w ich trakcie, więc nie ma czego sprawdzać.</translation>
    </message>
    <message>
        <source>The shop&apos;s history is too short to test the picks: it needs about {weeks} weeks of orders from known customers.</source>
        <translation>Historia sklepu jest za krótka, by sprawdzić propozycje: potrzeba około {weeks} tygodni zamówień od znanych klientów.</translation>
    </message>
    <message>
        <source>Testing the picks on period {window} of {windows}</source>
        <translation>Sprawdzanie propozycji w okresie {window} z {windows}</translation>
    </message>
    <message>
        <source>Over {windows} periods of {weeks} weeks, our picks named something the customer then bought for {picks} of returning customers ({picks_low} to {picks_high}), against {again} ({again_low} to {again_high}) for their own past products and {best} ({best_low} to {best_high}) for the shop&apos;s bestsellers; for products new to the customer: {new} ({new_low} to {new_high}), against {best_new} for bestsellers they did not own.</source>
        <translation>W {windows} okresach po {weeks} tygodni nasze propozycje wskazały coś, co klient potem kupił, dla {picks} powracających klientów (od {picks_low} do {picks_high}), wobec {again} (od {again_low} do {again_high}) dla ich własnych wcześniejszych produktów i {best} (od {best_low} do {best_high}) dla bestsellerów sklepu; dla produktów nowych dla klienta: {new} (od {new_low} do {new_high}), wobec {best_new} dla bestsellerów, których jeszcze nie mieli.</translation>
    </message>
    <message>
        <source>Over {windows} periods of {weeks} weeks, our picks named something the customer then bought for {picks} of returning customers ({picks_low} to {picks_high}), against {again} ({again_low} to {again_high}) for their own past products and {best} ({best_low} to {best_high}) for the shop&apos;s bestsellers; for products new to the customer: {new} ({new_low} to {new_high}), against {best_new} for bestsellers they did not own. Tested on a random sample of {tested} of the {eligible} returning customers of the periods.</source>
        <translation>W {windows} okresach po {weeks} tygodni nasze propozycje wskazały coś, co klient potem kupił, dla {picks} powracających klientów (od {picks_low} do {picks_high}), wobec {again} (od {again_low} do {again_high}) dla ich własnych wcześniejszych produktów i {best} (od {best_low} do {best_high}) dla bestsellerów sklepu; dla produktów nowych dla klienta: {new} (od {new_low} do {new_high}), wobec {best_new} dla bestsellerów, których jeszcze nie mieli. Sprawdzono na losowej próbie {tested} z {eligible} powracających klientów tych okresów.</translation>
    </message>
    <message>
        <source>The customer was erased from the shop, but {count} backup(s) could not be cleaned ({files}); Shopkeeper tries again each time it opens this shop, or delete them yourself.</source>
        <translation>Klient został usunięty ze sklepu, ale nie udało się wyczyścić kopii zapasowych (liczba: {count}; {files}); Shopkeeper spróbuje ponownie przy każdym otwarciu tego sklepu — możesz też usunąć je samodzielnie.</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}).</source>
        <translation>Nie udało się zapisać {path} ({reason}).</translation>
    </message>
    <message>
        <source>The customer was erased, but another Shopkeeper window is reading this shop, so old copies stay in the file until it is compacted; close the other windows and compact the shop (python -m core erase-customer --compact-only).</source>
        <translation>Klient został usunięty, ale inne okno Shopkeepera odczytuje ten sklep, więc stare kopie danych pozostaną w pliku do czasu jego skompaktowania; zamknij pozostałe okna i skompaktuj sklep (python -m core erase-customer --compact-only).</translation>
    </message>
    <message>
        <source>The customer was erased, but the disk is too full to compact the shop, so old copies stay in the file for now; free some space and run python -m core erase-customer --compact-only.</source>
        <translation>Klient został usunięty, ale na dysku jest za mało miejsca, by skompaktować sklep, więc stare kopie danych na razie pozostaną w pliku; zwolnij miejsce i uruchom python -m core erase-customer --compact-only.</translation>
    </message>
    <message>
        <source>There is no customer with the e-mail {email} in this shop.</source>
        <translation>W tym sklepie nie ma klienta z adresem e-mail {email}.</translation>
    </message>
    <message>
        <source>There is no customer number {number} in this shop.</source>
        <translation>W tym sklepie nie ma klienta o numerze {number}.</translation>
    </message>
    <message>
        <source>Give either an e-mail address or a customer number, not both.</source>
        <translation>Podaj albo adres e-mail, albo numer klienta, nie oba naraz.</translation>
    </message>
    <message>
        <source>{file}: choose a file name ending in .json or .csv.</source>
        <translation>{file}: wybierz nazwę pliku z rozszerzeniem .json lub .csv.</translation>
    </message>
    <message>
        <source>{file} has no customer_ref column, so it cannot be matched to customers.</source>
        <translation>{file} nie ma kolumny customer_ref, więc nie można go dopasować do klientów.</translation>
    </message>
    <message>
        <source>{file} has no column called {column}.</source>
        <translation>{file} nie ma kolumny o nazwie {column}.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Plik {path} nie istnieje.</translation>
    </message>
    <message>
        <source>{file} could not be read as a CSV or Excel file.</source>
        <translation>Nie udało się odczytać {file} jako pliku CSV ani Excel.</translation>
    </message>
    <message>
        <source>{file} has no e-mail column and nothing else personal to pseudonymise (name the e-mail column with --email-column).</source>
        <translation>{file} nie ma kolumny z adresami e-mail ani innych danych osobowych do pseudonimizacji (wskaż kolumnę e-mail przez --email-column).</translation>
    </message>
    <message>
        <source>There is no customer with the e-mail {email} in this shop or its backups.</source>
        <translation>Ani w tym sklepie, ani w jego kopiach zapasowych nie ma klienta z adresem e-mail {email}.</translation>
    </message>
    <message>
        <source>There is no customer with the e-mail {email} in this shop or its backups (erased on {erased}).</source>
        <translation>Ani w tym sklepie, ani w jego kopiach zapasowych nie ma klienta z adresem e-mail {email} (usunięto go {erased}).</translation>
    </message>
    <message>
        <source>There is no customer with the e-mail {email} in this shop or its backups (erased on {erased}); {count} file(s) written by Shopkeeper or kept beside its files still mention them, delete them yourself: {files}.</source>
        <translation>Ani w tym sklepie, ani w jego kopiach zapasowych nie ma klienta z adresem e-mail {email} (usunięto go {erased}); pliki zapisane przez Shopkeepera lub leżące obok jego plików wciąż o nim wspominają (liczba: {count}) — usuń je samodzielnie: {files}.</translation>
    </message>
    <message>
        <source>There is no customer with the e-mail {email} in this shop or its backups; {count} file(s) written by Shopkeeper or kept beside its files still mention them, delete them yourself: {files}.</source>
        <translation>Ani w tym sklepie, ani w jego kopiach zapasowych nie ma klienta z adresem e-mail {email}; pliki zapisane przez Shopkeepera lub leżące obok jego plików wciąż o nim wspominają (liczba: {count}) — usuń je samodzielnie: {files}.</translation>
    </message>
    <message>
        <source>{count} backup(s) could not be cleaned yet: {files}.</source>
        <translation>Nie udało się jeszcze wyczyścić kopii zapasowych (liczba: {count}): {files}.</translation>
    </message>
    <message>
        <source>This shop&apos;s pseudonym key is missing or different, so the unfinished erase cannot find the customer; restore the shop file that was erasing.</source>
        <translation>Brakuje klucza pseudonimów tego sklepu albo jest on inny, więc nieukończone usuwanie nie może odnaleźć klienta; przywróć plik sklepu, z którego usuwano klienta.</translation>
    </message>
    <message>
        <source>The erase records beside this shop belong to another shop; move them away ({file}) and try again.</source>
        <translation>Zapisy usunięć obok tego sklepu należą do innego sklepu; przenieś je w inne miejsce ({file}) i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The erase records {file} beside the shop cannot be read; they must not be deleted or edited.</source>
        <translation>Nie można odczytać zapisów usunięć {file} obok sklepu; nie wolno ich usuwać ani edytować.</translation>
    </message>
    <message>
        <source>Nothing was erased: the erase request could not be saved beside the shop in {folder} ({reason}); check that the folder is writable and the disk has room.</source>
        <translation>Niczego nie usunięto: nie udało się zapisać żądania usunięcia obok sklepu w {folder} ({reason}); sprawdź, czy można zapisywać w tym folderze i czy na dysku jest miejsce.</translation>
    </message>
    <message>
        <source>This shop&apos;s erase records cannot be read without its pseudonym key, so a restore could bring erased customers back; nothing was restored.</source>
        <translation>Zapisów usunięć tego sklepu nie da się odczytać bez jego klucza pseudonimów, więc przywrócenie kopii mogłoby przywrócić usuniętych klientów; niczego nie przywrócono.</translation>
    </message>
    <message>
        <source>{count} backup(s) still hold this customer and could not be cleaned ({files}); Shopkeeper tries again each time it opens this shop.</source>
        <translation>Kopie zapasowe, których nie udało się wyczyścić, wciąż zawierają tego klienta (liczba: {count}; {files}); Shopkeeper spróbuje ponownie przy każdym otwarciu tego sklepu.</translation>
    </message>
    <message>
        <source>asked to drop it</source>
        <translation>poproszono o jej usunięcie</translation>
    </message>
    <message>
        <source>chosen as the e-mail column</source>
        <translation>wybrana jako kolumna e-mail</translation>
    </message>
    <message>
        <source>its values are e-mail addresses</source>
        <translation>jej wartości to adresy e-mail</translation>
    </message>
    <message>
        <source>its name</source>
        <translation>jej nazwa</translation>
    </message>
    <message>
        <source>its name and values</source>
        <translation>jej nazwa i wartości</translation>
    </message>
    <message>
        <source>its values are customers&apos; names</source>
        <translation>jej wartości to imiona i nazwiska klientów</translation>
    </message>
    <message>
        <source>its values are phone numbers</source>
        <translation>jej wartości to numery telefonów</translation>
    </message>
    <message>
        <source>its values are customers&apos; towns, companies or addresses</source>
        <translation>jej wartości to miejscowości, firmy lub adresy klientów</translation>
    </message>
    <message>
        <source>its values are postcodes</source>
        <translation>jej wartości to kody pocztowe</translation>
    </message>
    <message>
        <source>its values are street addresses</source>
        <translation>jej wartości to adresy z ulicami</translation>
    </message>
    <message>
        <source>its text named customers</source>
        <translation>jej tekst wymieniał klientów</translation>
    </message>
    <message>
        <source>There is no customer number {customer} in this shop.</source>
        <translation>W tym sklepie nie ma klienta o numerze {customer}.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>usually rebuys every {days} days, last bought {since} days ago</source>
        <translation>zwykle kupuje ponownie co {days} dni, ostatnio {since} dni temu</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: {reason}.</source>
        <translation>Nie udało się zapisać raportu w {path}: {reason}.</translation>
    </message>
    <message>
        <source>{name} (sent {sent}): {verdict}</source>
        <translation>{name} (wysłano {sent}): {verdict}</translation>
    </message>
    <message>
        <source>{name} (sent {sent}): no result yet.</source>
        <translation>{name} (wysłano {sent}): jeszcze brak wyniku.</translation>
    </message>
    <message>
        <source>Campaign results</source>
        <translation>Wyniki kampanii</translation>
    </message>
    <message>
        <source>Which first purchase brings customers back</source>
        <translation>Który pierwszy zakup sprawia, że klienci wracają</translation>
    </message>
    <message>
        <source>What changed from {start} to {end}</source>
        <translation>Co się zmieniło od {start} do {end}</translation>
    </message>
    <message>
        <source>Segment movements</source>
        <translation>Przejścia między segmentami</translation>
    </message>
    <message>
        <source>No campaign recorded yet: save an offer file with a control group to see here whether it worked.</source>
        <translation>Nie zapisano jeszcze żadnej kampanii: zapisz plik oferty z grupą kontrolną, a tutaj zobaczysz, czy zadziałała.</translation>
    </message>
    <message>
        <source>Not enough first orders yet: a product needs at least 10 first buyers to compare.</source>
        <translation>Za mało pierwszych zamówień: produkt potrzebuje co najmniej 10 pierwszych kupujących, aby go porównać.</translation>
    </message>
    <message>
        <source>No customer changed segment in this month.</source>
        <translation>W tym miesiącu żaden klient nie zmienił segmentu.</translation>
    </message>
    <message>
        <source>{product}: {rate} of {customers} first buyers came back (shop: {shop_rate})</source>
        <translation>{product}: wróciło {rate} z {customers} pierwszych kupujących (sklep: {shop_rate})</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Najważniejsze liczby</translation>
    </message>
    <message>
        <source>What changed this month</source>
        <translation>Co się zmieniło w tym miesiącu</translation>
    </message>
    <message>
        <source>The disk is full, so the report {file} could not be written; any earlier {file} is unchanged. Free some space and try again.</source>
        <translation>Dysk jest pełny, więc nie udało się zapisać raportu {file}; wcześniejszy plik {file} pozostał bez zmian. Zwolnij trochę miejsca i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>the report {file} could not be written ({reason}); any earlier {file} is unchanged.</source>
        <translation>Nie udało się zapisać raportu {file} ({reason}); wcześniejszy plik {file} pozostał bez zmian.</translation>
    </message>
    <message>
        <source>the report {file} could not be written because the folder {folder} does not exist.</source>
        <translation>Nie udało się zapisać raportu {file}, ponieważ folder {folder} nie istnieje.</translation>
    </message>
    <message>
        <source>the report {file} could not be written because the folder {folder} is read-only or you may not write there; choose another folder.</source>
        <translation>Nie udało się zapisać raportu {file}, ponieważ folder {folder} jest tylko do odczytu lub nie masz w nim prawa zapisu; wybierz inny folder.</translation>
    </message>
    <message>
        <source>Each score needs exactly four cut-offs (for scores 2, 3, 4 and 5).</source>
        <translation>Każda ocena wymaga dokładnie czterech progów (dla ocen 2, 3, 4 i 5).</translation>
    </message>
    <message>
        <source>There is no segment map called &apos;{scheme}&apos;; use one of: {known}.</source>
        <translation>Nie ma mapy segmentów o nazwie „{scheme}”; użyj jednej z: {known}.</translation>
    </message>
    <message>
        <source>Most customers ({share}) bought only once, so they all have frequency score 1; scores 2 to 5 rank the {repeat} repeat customers.</source>
        <translation>Większość klientów ({share}) kupiła tylko raz, więc wszyscy mają ocenę częstotliwości 1; oceny od 2 do 5 szeregują {repeat} powracających klientów.</translation>
    </message>
    <message>
        <source>Share valuable resources, popular products or renewal discounts.</source>
        <translation>Dziel się przydatnymi materiałami, popularnymi produktami lub rabatami na ponowny zakup.</translation>
    </message>
    <message>
        <source>Below-average recency and frequency; will be lost soon.</source>
        <translation>Świeżość i częstotliwość poniżej średniej; wkrótce odejdą.</translation>
    </message>
    <message>
        <source>About To Sleep</source>
        <translation>Zasypiający</translation>
    </message>
    <message>
        <source>Send personal e-mails to reconnect; offer renewals and useful resources.</source>
        <translation>Wysyłaj osobiste e-maile, aby odnowić kontakt; proponuj ponowne zakupy i przydatne materiały.</translation>
    </message>
    <message>
        <source>Spent big and bought often, but long ago.</source>
        <translation>Wydawali dużo i kupowali często, ale dawno temu.</translation>
    </message>
    <message>
        <source>At Risk</source>
        <translation>Zagrożeni odejściem</translation>
    </message>
    <message>
        <source>Win them back with new products; talk to them before a competitor does.</source>
        <translation>Odzyskaj ich nowościami; porozmawiaj z nimi, zanim zrobi to konkurencja.</translation>
    </message>
    <message>
        <source>Made the biggest and most frequent purchases, but long ago.</source>
        <translation>Robili największe i najczęstsze zakupy, ale dawno temu.</translation>
    </message>
    <message>
        <source>Can&apos;t Lose Them</source>
        <translation>Nie możesz ich stracić</translation>
    </message>
    <message>
        <source>Reward them: early access, loyalty perks, ask for reviews.</source>
        <translation>Nagradzaj ich: wcześniejszy dostęp, korzyści lojalnościowe, poproś o opinie.</translation>
    </message>
    <message>
        <source>Bought recently, buy often and spend the most.</source>
        <translation>Kupili niedawno, kupują często i wydają najwięcej.</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Mistrzowie</translation>
    </message>
    <message>
        <source>Offer other relevant products and special discounts; recreate interest.</source>
        <translation>Zaproponuj inne pasujące produkty i specjalne rabaty; obudź na nowo zainteresowanie.</translation>
    </message>
    <message>
        <source>Last purchase long ago; low spend and few orders.</source>
        <translation>Ostatni zakup dawno temu; małe wydatki i mało zamówień.</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>Uśpieni</translation>
    </message>
    <message>
        <source>Revive interest with an outreach campaign; otherwise ignore.</source>
        <translation>Spróbuj obudzić zainteresowanie kampanią; w przeciwnym razie pomiń.</translation>
    </message>
    <message>
        <source>Lowest recency, frequency and spend.</source>
        <translation>Najniższa świeżość, częstotliwość i wydatki.</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Utraceni</translation>
    </message>
    <message>
        <source>Upsell higher-value products; ask for reviews and referrals.</source>
        <translation>Proponuj droższe produkty; poproś o opinie i polecenia.</translation>
    </message>
    <message>
        <source>Spend good money often and respond to promotions.</source>
        <translation>Często wydają sporo i reagują na promocje.</translation>
    </message>
    <message>
        <source>Loyal Customers</source>
        <translation>Lojalni klienci</translation>
    </message>
    <message>
        <source>Make limited-time offers based on their past purchases.</source>
        <translation>Składaj oferty ograniczone w czasie, oparte na ich wcześniejszych zakupach.</translation>
    </message>
    <message>
        <source>Above-average recency, frequency and spend.</source>
        <translation>Świeżość, częstotliwość i wydatki powyżej średniej.</translation>
    </message>
    <message>
        <source>Customers Needing Attention</source>
        <translation>Klienci wymagający uwagi</translation>
    </message>
    <message>
        <source>Offer membership or a loyalty programme; recommend other products.</source>
        <translation>Zaproponuj członkostwo lub program lojalnościowy; polecaj inne produkty.</translation>
    </message>
    <message>
        <source>Recent customers who spent a fair amount.</source>
        <translation>Niedawni klienci, którzy wydali całkiem sporo.</translation>
    </message>
    <message>
        <source>Potential Loyalist</source>
        <translation>Potencjalnie lojalni</translation>
    </message>
    <message>
        <source>Create brand awareness; offer free trials or samples.</source>
        <translation>Buduj rozpoznawalność marki; oferuj darmowe wersje próbne lub próbki.</translation>
    </message>
    <message>
        <source>Recent shoppers who have not spent much yet.</source>
        <translation>Niedawni kupujący, którzy jeszcze niewiele wydali.</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Obiecujący</translation>
    </message>
    <message>
        <source>Welcome them and help them succeed with what they bought.</source>
        <translation>Przywitaj ich i pomóż im dobrze wykorzystać to, co kupili.</translation>
    </message>
    <message>
        <source>Bought most recently, but not often.</source>
        <translation>Kupili najniedawniej, ale nie często.</translation>
    </message>
    <message>
        <source>Recent Customers</source>
        <translation>Niedawni klienci</translation>
    </message>
    <message>
        <source>Remind them with popular products and a modest discount.</source>
        <translation>Przypomnij się popularnymi produktami i niewielkim rabatem.</translation>
    </message>
    <message>
        <source>Few orders and not seen for a while.</source>
        <translation>Mało zamówień i od dawna ich nie było.</translation>
    </message>
    <message>
        <source>About to Sleep</source>
        <translation>Zasypiający</translation>
    </message>
    <message>
        <source>Win them back with a personal e-mail and a good discount.</source>
        <translation>Odzyskaj ich osobistym e-mailem i dobrym rabatem.</translation>
    </message>
    <message>
        <source>Used to buy often but have not ordered for a long time.</source>
        <translation>Kiedyś kupowali często, ale od dawna nie zamawiali.</translation>
    </message>
    <message>
        <source>Contact them personally: find out what went wrong and make a strong offer.</source>
        <translation>Skontaktuj się z nimi osobiście: dowiedz się, co poszło nie tak, i złóż mocną ofertę.</translation>
    </message>
    <message>
        <source>Your most frequent buyers of the past, now silent.</source>
        <translation>Twoi najczęściej kupujący klienci z przeszłości, teraz milczą.</translation>
    </message>
    <message>
        <source>Reward them: early access to new products, a thank-you gift, ask for reviews.</source>
        <translation>Nagradzaj ich: wcześniejszy dostęp do nowości, upominek z podziękowaniem, poproś o opinie.</translation>
    </message>
    <message>
        <source>Bought recently and often; your best customers.</source>
        <translation>Kupili niedawno i często; Twoi najlepsi klienci.</translation>
    </message>
    <message>
        <source>Include them in general newsletters only; do not spend much on them.</source>
        <translation>Wysyłaj im tylko ogólny newsletter; nie wydawaj na nich dużo.</translation>
    </message>
    <message>
        <source>Few orders, long ago.</source>
        <translation>Mało zamówień, dawno temu.</translation>
    </message>
    <message>
        <source>Offer a loyalty programme or members-only products; ask for referrals.</source>
        <translation>Zaproponuj program lojalnościowy lub produkty tylko dla członków; poproś o polecenia.</translation>
    </message>
    <message>
        <source>Buy often, but not quite as recently as the champions.</source>
        <translation>Kupują często, ale nie tak niedawno jak mistrzowie.</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Lojalni</translation>
    </message>
    <message>
        <source>Send a limited-time offer based on what they bought before.</source>
        <translation>Wyślij ofertę ograniczoną w czasie, opartą na ich wcześniejszych zakupach.</translation>
    </message>
    <message>
        <source>Average recency and frequency; could go either way.</source>
        <translation>Przeciętna świeżość i częstotliwość; mogą pójść w obie strony.</translation>
    </message>
    <message>
        <source>Need Attention</source>
        <translation>Wymagają uwagi</translation>
    </message>
    <message>
        <source>Welcome them: a helpful follow-up e-mail and a small second-order offer.</source>
        <translation>Przywitaj ich: pomocny e-mail po zakupie i mała oferta na drugie zamówienie.</translation>
    </message>
    <message>
        <source>Bought for the first time very recently.</source>
        <translation>Kupili po raz pierwszy bardzo niedawno.</translation>
    </message>
    <message>
        <source>New Customers</source>
        <translation>Nowi klienci</translation>
    </message>
    <message>
        <source>Invite them to a loyalty programme and recommend related products.</source>
        <translation>Zaproś ich do programu lojalnościowego i poleć powiązane produkty.</translation>
    </message>
    <message>
        <source>Recent customers with a few orders.</source>
        <translation>Niedawni klienci z kilkoma zamówieniami.</translation>
    </message>
    <message>
        <source>Potential Loyalists</source>
        <translation>Potencjalnie lojalni</translation>
    </message>
    <message>
        <source>Build the relationship: show best-sellers and a free-shipping threshold.</source>
        <translation>Buduj relację: pokaż bestsellery i próg darmowej dostawy.</translation>
    </message>
    <message>
        <source>Bought once, fairly recently.</source>
        <translation>Kupili raz, dość niedawno.</translation>
    </message>
    <message>
        <source>Recency × frequency+spend (11 segments)</source>
        <translation>Świeżość × częstotliwość+wydatki (11 segmentów)</translation>
    </message>
    <message>
        <source>Recency × frequency (10 segments)</source>
        <translation>Świeżość × częstotliwość (10 segmentów)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nieznany</translation>
    </message>
    <message>
        <source>Too little history to predict value.</source>
        <translation>Za krótka historia, by przewidzieć wartość.</translation>
    </message>
    <message>
        <source>The banner could not be made safe for Shopify; nothing was produced.</source>
        <translation>Nie udało się przygotować bezpiecznego banera dla Shopify; nic nie zostało utworzone.</translation>
    </message>
    <message>
        <source>No products were bought together often enough to recommend anything yet.</source>
        <translation>Żadne produkty nie były jeszcze kupowane razem wystarczająco często, by coś polecić.</translation>
    </message>
    <message>
        <source>There are no sales to pick bestsellers from for this choice.</source>
        <translation>Przy tym wyborze nie ma sprzedaży, z której można wybrać bestsellery.</translation>
    </message>
    <message>
        <source>The customer tag must be short lowercase letters, digits and dashes, like sk-vip.</source>
        <translation>Tag klienta musi być krótki: małe litery, cyfry i myślniki, np. sk-vip.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a snippet Shopkeeper makes; choose one of {known}.</source>
        <translation>„{kind}” nie jest fragmentem kodu, który tworzy Shopkeeper; wybierz jeden z: {known}.</translation>
    </message>
    <message>
        <source>The snippet could not be made safe for Shopify; nothing was produced.</source>
        <translation>Nie udało się przygotować bezpiecznego fragmentu kodu dla Shopify; nic nie zostało utworzone.</translation>
    </message>
    <message>
        <source>Bestsellers among: {audience}.</source>
        <translation>Bestsellery wśród: {audience}.</translation>
    </message>
    <message>
        <source>{products} products have recommendations (capped at the {limit} best sellers).</source>
        <translation>Produkty z rekomendacjami: {products} (ograniczone do {limit} najlepiej sprzedających się).</translation>
    </message>
    <message>
        <source>{products} product(s) held back: drafts, unpublished or out of stock in your catalog; they are never recommended.</source>
        <translation>Wstrzymane produkty: {products} (szkice, nieopublikowane lub niedostępne w Twoim katalogu); nigdy nie są polecane.</translation>
    </message>
    <message>
        <source>{products} product(s) were left out because their name holds a customer&apos;s e-mail or name (this note is for you only, it is not in the snippet): {names}.</source>
        <translation>Pominięte produkty, których nazwa zawiera e-mail lub nazwisko klienta (ta uwaga jest tylko dla Ciebie, nie ma jej we fragmencie): {products}: {names}.</translation>
    </message>
    <message>
        <source>Links are guesses made from product names: no product catalog is imported. Import your shop&apos;s product export (Shopify: Products &gt; Export; WooCommerce: Products &gt; Export) so the links and pictures are the shop&apos;s own.</source>
        <translation>Linki są odgadnięte z nazw produktów: nie zaimportowano katalogu produktów. Zaimportuj eksport produktów ze sklepu (Shopify: Produkty &gt; Eksportuj; WooCommerce: Produkty &gt; Eksportuj), aby linki i zdjęcia pochodziły ze sklepu.</translation>
    </message>
    <message>
        <source>{products} product(s) in the snippet have no link in your catalog: their links are guessed from their names.</source>
        <translation>Produkty we fragmencie bez linku w Twoim katalogu: {products}; ich linki są odgadnięte z nazw.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a shop database.</source>
        <translation>{path} to folder, a nie baza danych sklepu.</translation>
    </message>
    <message>
        <source>This shop is being changed by another window or program; try again when it has finished.</source>
        <translation>Ten sklep jest właśnie zmieniany w innym oknie lub programie; spróbuj ponownie, gdy skończy.</translation>
    </message>
    <message>
        <source>The shop file {path} cannot be opened or written: the folder may be missing, read-only or without permission.</source>
        <translation>Nie można otworzyć ani zapisać pliku sklepu {path}: folder może nie istnieć, być tylko do odczytu lub możesz nie mieć do niego uprawnień.</translation>
    </message>
    <message>
        <source>The shop file {path} cannot be read: {reason}.</source>
        <translation>Nie można odczytać pliku sklepu {path}: {reason}.</translation>
    </message>
    <message>
        <source>{file} is a database, but not a Shopkeeper shop.</source>
        <translation>{file} to baza danych, ale nie sklep Shopkeepera.</translation>
    </message>
    <message>
        <source>The disk is full, so the shop could not be saved; nothing was changed. Free some space and try again.</source>
        <translation>Dysk jest pełny, więc nie udało się zapisać sklepu; nic nie zostało zmienione. Zwolnij miejsce i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>{file} could not be upgraded to this version of Shopkeeper; it is unchanged.</source>
        <translation>Nie udało się zaktualizować {file} do tej wersji Shopkeepera; plik pozostał bez zmian.</translation>
    </message>
    <message>
        <source>{file} could not be upgraded to this version of Shopkeeper; it is unchanged and a backup was made first.</source>
        <translation>Nie udało się zaktualizować {file} do tej wersji Shopkeepera; plik pozostał bez zmian, a wcześniej utworzono jego kopię zapasową.</translation>
    </message>
    <message>
        <source>{file} was made by a newer Shopkeeper (schema {schema}); please update the app.</source>
        <translation>{file} został utworzony przez nowszą wersję Shopkeepera (schemat {schema}); zaktualizuj aplikację.</translation>
    </message>
    <message>
        <source>There is no shop database at {path}.</source>
        <translation>Pod ścieżką {path} nie ma bazy danych sklepu.</translation>
    </message>
    <message>
        <source>{file} is not a Shopkeeper shop database (it is not a database at all).</source>
        <translation>{file} nie jest bazą danych sklepu Shopkeepera (w ogóle nie jest bazą danych).</translation>
    </message>
    <message>
        <source>{file} is not a Shopkeeper shop database.</source>
        <translation>{file} nie jest bazą danych sklepu Shopkeepera.</translation>
    </message>
    <message>
        <source>{file} is a database, but not a Shopkeeper shop (it belongs to another program); it was not changed.</source>
        <translation>{file} to baza danych, ale nie sklep Shopkeepera (należy do innego programu); nie została zmieniona.</translation>
    </message>
    <message>
        <source>The shop file {file} is read-only or locked against changes, so Shopkeeper cannot save to it; nothing was changed. Copy it to a folder you can write to, or allow changes to it, and try again.</source>
        <translation>Plik sklepu {file} jest tylko do odczytu lub zablokowany przed zmianami, więc Shopkeeper nie może w nim zapisywać; nic nie zostało zmienione. Skopiuj go do folderu, w którym możesz zapisywać, albo zezwól na jego zmianę i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The disk is full, so {file} could not be written; any earlier {file} is unchanged. Free some space and try again.</source>
        <translation>Dysk jest pełny, więc nie udało się zapisać {file}; wcześniejszy plik {file} pozostał bez zmian. Zwolnij miejsce i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>{file} could not be written ({reason}); any earlier {file} is unchanged.</source>
        <translation>Nie udało się zapisać {file} ({reason}); wcześniejszy plik {file} pozostał bez zmian.</translation>
    </message>
    <message>
        <source>{file} could not be written because the folder {folder} does not exist.</source>
        <translation>Nie udało się zapisać {file}, ponieważ folder {folder} nie istnieje.</translation>
    </message>
    <message>
        <source>{file} could not be written because the folder {folder} is read-only or you may not write there; choose another folder.</source>
        <translation>Nie udało się zapisać {file}, ponieważ folder {folder} jest tylko do odczytu lub nie masz w nim prawa zapisu; wybierz inny folder.</translation>
    </message>
</context>
<context>
    <name>money</name>
    <message>
        <source>{0}k</source>
        <translation>{0}&#xa0;tys.</translation>
    </message>
    <message>
        <source>{0}M</source>
        <translation>{0}&#xa0;mln</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>platforms</name>
    <message>
        <source>Online Retail file</source>
        <translation>plik Online Retail</translation>
    </message>
    <message>
        <source>spreadsheet</source>
        <translation>arkusz</translation>
    </message>
    <message>
        <source>product catalog</source>
        <translation>katalog produktów</translation>
    </message>
</context>
<context>
    <name>recommendation_sources</name>
    <message>
        <source>bought before, rebought regularly</source>
        <translation>kupowany wcześniej, regularnie ponawiany</translation>
    </message>
    <message>
        <source>similar to what they bought</source>
        <translation>podobny do tego, co kupił</translation>
    </message>
    <message>
        <source>bought together with what they bought</source>
        <translation>kupowany razem z tym, co kupili</translation>
    </message>
    <message>
        <source>bestseller in their segment</source>
        <translation>bestseller w jego segmencie</translation>
    </message>
    <message>
        <source>bestseller in their country</source>
        <translation>bestseller w jego kraju</translation>
    </message>
    <message>
        <source>shop bestseller</source>
        <translation>bestseller sklepu</translation>
    </message>
</context>
</TS>
