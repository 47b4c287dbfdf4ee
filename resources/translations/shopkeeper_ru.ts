<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Shopkeeper</source>
        <translation>О программе Shopkeeper</translation>
    </message>
    <message>
        <source>Shopkeeper {version}</source>
        <translation>Shopkeeper {version}</translation>
    </message>
    <message>
        <source>Know every customer of your online shop. Your data stays on this computer.</source>
        <translation>Знайте каждого покупателя своего интернет-магазина. Ваши данные остаются на этом компьютере.</translation>
    </message>
    <message>
        <source>Licence: MIT. Free to use, change and share.</source>
        <translation>Лицензия: MIT. Можно свободно использовать, изменять и распространять.</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Источники данных</translation>
    </message>
    <message>
        <source>The demo shop uses the Online Retail II data set by Daqing Chen, UCI Machine Learning Repository, licensed CC BY 4.0. Customer names and e-mail addresses in the demo are made up.</source>
        <translation>Демо-магазин использует набор данных Online Retail II (автор Daqing Chen, UCI Machine Learning Repository), лицензия CC BY 4.0. Имена и адреса электронной почты покупателей в демо вымышлены.</translation>
    </message>
    <message>
        <source>Built with Qt for Python (PySide6), pandas, SciPy, scikit-learn, matplotlib and SQLite.</source>
        <translation>Создано с помощью Qt for Python (PySide6), pandas, SciPy, scikit-learn, matplotlib и SQLite.</translation>
    </message>
</context>
<context>
    <name>AlsoBoughtView</name>
    <message>
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <source>off (one order = one basket)</source>
        <translation>выкл. (один заказ = одна корзина)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Show products bought together in at least</source>
        <translation>Показывать товары, купленные вместе, не менее чем в</translation>
    </message>
    <message>
        <source>orders; leave out orders with more than</source>
        <translation>заказах; не учитывать заказы, где больше</translation>
    </message>
    <message>
        <source>products; join a customer&apos;s orders within (days)</source>
        <translation>товаров; объединять заказы покупателя в пределах (дней)</translation>
    </message>
    <message>
        <source>Search a product by name or number</source>
        <translation>Поиск товара по названию или артикулу</translation>
    </message>
    <message>
        <source>Pick a product on the left.</source>
        <translation>Выберите товар слева.</translation>
    </message>
    <message>
        <source>What shoppers of this product are shown, in this order:</source>
        <translation>Что видят покупатели этого товара, в таком порядке:</translation>
    </message>
    <message>
        <source>Pin to the top</source>
        <translation>Закрепить наверху</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Открепить</translation>
    </message>
    <message>
        <source>Never show with this product</source>
        <translation>Никогда не показывать с этим товаром</translation>
    </message>
    <message>
        <source>Never show anywhere</source>
        <translation>Никогда нигде не показывать</translation>
    </message>
    <message>
        <source>Show the selected product first for this product, in the order you pin</source>
        <translation>Показывать выбранный товар первым для этого товара, в порядке закрепления</translation>
    </message>
    <message>
        <source>For products out of stock, discontinued, gift cards or postage</source>
        <translation>Для товаров, которых нет в наличии, снятых с продажи, подарочных карт или доставки</translation>
    </message>
    <message>
        <source>Hidden products…</source>
        <translation>Скрытые товары…</translation>
    </message>
    <message>
        <source>Show hidden products again, or never suggest whole categories</source>
        <translation>Снова показать скрытые товары или никогда не предлагать целые категории</translation>
    </message>
    <message>
        <source>Bought together (all rules):</source>
        <translation>Покупают вместе (все правила):</translation>
    </message>
    <message>
        <source>What is confidence?</source>
        <translation>Что такое достоверность?</translation>
    </message>
    <message>
        <source>What is lift?</source>
        <translation>Что такое лифт?</translation>
    </message>
    <message>
        <source>By product</source>
        <translation>По товару</translation>
    </message>
    <message>
        <source>No two products are bought together often enough yet.</source>
        <translation>Пока никакие два товара не покупают вместе достаточно часто.</translation>
    </message>
    <message>
        <source>Sets of three bought together (bundle ideas):</source>
        <translation>Тройки товаров, купленных вместе (идеи для наборов):</translation>
    </message>
    <message>
        <source>No three products are bought together often enough yet.</source>
        <translation>Пока никакие три товара не покупают вместе достаточно часто.</translation>
    </message>
    <message>
        <source>Top pairs</source>
        <translation>Лучшие пары</translation>
    </message>
    <message>
        <source>Testing the picks on your last 12 weeks of orders…</source>
        <translation>Проверяем подборки на заказах за последние 12 недель…</translation>
    </message>
    <message>
        <source>Does it work?</source>
        <translation>Это работает?</translation>
    </message>
    <message>
        <source>No refills are due now.</source>
        <translation>Сейчас никому не пора пополнять запас.</translation>
    </message>
    <message>
        <source>Refills due</source>
        <translation>Пора пополнить</translation>
    </message>
    <message>
        <source>Customer number or e-mail</source>
        <translation>Номер покупателя или e-mail</translation>
    </message>
    <message>
        <source>Show picks</source>
        <translation>Показать подборку</translation>
    </message>
    <message>
        <source>Type a customer&apos;s number or e-mail above and press Show picks.</source>
        <translation>Введите выше номер или e-mail покупателя и нажмите «Показать подборку».</translation>
    </message>
    <message>
        <source>Picks for a customer</source>
        <translation>Подборка для покупателя</translation>
    </message>
    <message>
        <source>Finding picks…</source>
        <translation>Подбираем товары…</translation>
    </message>
    <message>
        <source>Rebuys it regularly</source>
        <translation>Регулярно покупает снова</translation>
    </message>
    <message>
        <source>Often bought with their products</source>
        <translation>Часто покупают с их товарами</translation>
    </message>
    <message>
        <source>Bought together with their products</source>
        <translation>Покупают вместе с их товарами</translation>
    </message>
    <message>
        <source>Country bestseller</source>
        <translation>Хит в стране</translation>
    </message>
    <message>
        <source>Buy again</source>
        <translation>Купить снова</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Открыть новое</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message numerus="yes">
        <source>%n pick(s) for this customer.</source>
        <translation>
            <numerusform>%n товар для этого покупателя.</numerusform>
            <numerusform>%n товара для этого покупателя.</numerusform>
            <numerusform>%n товаров для этого покупателя.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also bought</source>
        <translation>Также покупают</translation>
    </message>
    <message>
        <source>Testing the picks was cancelled.</source>
        <translation>Проверка рекомендаций отменена.</translation>
    </message>
    <message>
        <source>Stopped before the pairs were counted.</source>
        <translation>Остановлено до подсчёта пар.</translation>
    </message>
    <message>
        <source>Could not save the settings</source>
        <translation>Не удалось сохранить настройки</translation>
    </message>
    <message>
        <source>Counting which products are bought together…</source>
        <translation>Считаем, какие товары покупают вместе…</translation>
    </message>
    <message>
        <source>Could not count products bought together</source>
        <translation>Не удалось подсчитать товары, купленные вместе</translation>
    </message>
    <message>
        <source>No orders yet: import your orders to see what is bought together.</source>
        <translation>Заказов пока нет: импортируйте заказы, чтобы увидеть, что покупают вместе.</translation>
    </message>
    <message>
        <source>Finding the refills due…</source>
        <translation>Ищем, кому пора пополнить запас…</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>зак.</translation>
    </message>
    <message>
        <source>baskets</source>
        <translation>корз.</translation>
    </message>
    <message>
        <source>%1 pairs bought together in at least %2 %3 (out of %4 %3; %5 very large orders left out).</source>
        <translation>Пар, купленных вместе: %1; порог: %2 %3 (из %4 %3; не учтено очень больших заказов: %5).</translation>
    </message>
    <message>
        <source>%1 — in %3 orders (%2 of them counted for the pairs, by the settings above)</source>
        <translation>%1 — в %3 заказах (%2 из них учтены для пар, по настройкам выше)</translation>
    </message>
    <message>
        <source>Confidence (%)</source>
        <translation>Достоверность (%)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>How this is measured: for each of 4 periods of 12 weeks, the picks are made from the orders before it only, then compared with what each returning customer bought in it; ranges are 95 % intervals. All purchases: rebuys count. New to the customer: only products they had never bought, and every method leaves out what they own. Hit rate: share of customers who bought at least one of their 10 picks. NDCG: the same, giving more credit to hits near the top. Recall: share of what they bought that was picked. Coverage: share of your products picked for anyone.</source>
        <translation>Как это измеряется: для каждого из 4 периодов по 12 недель рекомендации строятся только по заказам до него, а затем сравниваются с тем, что каждый вернувшийся покупатель в нём купил; диапазоны — 95-процентные интервалы. Все покупки: повторные покупки засчитываются. Новые для покупателя: только товары, которые он никогда не покупал, и каждый метод исключает то, что у него уже есть. Доля попаданий: доля покупателей, купивших хотя бы одну из своих 10 рекомендаций. NDCG: то же, но попадания ближе к началу списка весят больше. Полнота (recall): доля купленного, которая была рекомендована. Охват: доля ваших товаров, рекомендованных хоть кому-то.</translation>
    </message>
    <message>
        <source>Products this customer is likely to buy next: their own products they are likely to buy again, and products new to them that customers like them bought, then bestsellers.</source>
        <translation>Товары, которые этот покупатель, вероятно, купит следующими: его собственные товары, которые он, вероятно, купит снова, и новые для него товары, которые покупали похожие покупатели, затем хиты продаж.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Bought with</source>
        <translation>Покупают с</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Вместе</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Лифт</translation>
    </message>
    <message>
        <source>Together: orders with both. Confidence →: share of the first product&apos;s orders that also hold the second (← the other way). Lift: how many times more often than chance.</source>
        <translation>Вместе: заказы с обоими товарами. Достоверность →: доля заказов первого товара, в которых есть и второй (← наоборот). Лифт: во сколько раз чаще, чем случайно.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Rebuys every (days)</source>
        <translation>Покупает снова каждые (дней)</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Дней с покупки</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Confidence → (%)</source>
        <translation>Достоверность → (%)</translation>
    </message>
    <message>
        <source>Confidence ← (%)</source>
        <translation>Достоверность ← (%)</translation>
    </message>
    <message>
        <source>The %1 pairs bought together most often (all of them: python -m core also-bought --csv). </source>
        <translation>%1 пар, которые чаще всего покупают вместе (все: python -m core also-bought --csv). </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refill(s) due now: customers who usually rebuy these products about this long after their last purchase.</source>
        <translation>
            <numerusform>Сейчас %Ln пополнение: покупатели, которые обычно снова покупают эти товары примерно через такой срок после последней покупки.</numerusform>
            <numerusform>Сейчас %Ln пополнения: покупатели, которые обычно снова покупают эти товары примерно через такой срок после последней покупки.</numerusform>
            <numerusform>Сейчас %Ln пополнений: покупатели, которые обычно снова покупают эти товары примерно через такой срок после последней покупки.</numerusform>
        </translation>
    </message>
    <message>
        <source>Our picks</source>
        <translation>Наши подборки</translation>
    </message>
    <message>
        <source>Our buy-again list</source>
        <translation>Наш список «Купить снова»</translation>
    </message>
    <message>
        <source>Their own products (frequency, recency)</source>
        <translation>Их собственные товары (частота, давность)</translation>
    </message>
    <message>
        <source>Shop bestsellers</source>
        <translation>Хиты магазина</translation>
    </message>
    <message>
        <source>Similar products (item-kNN)</source>
        <translation>Похожие товары (item-kNN)</translation>
    </message>
    <message>
        <source>Random products</source>
        <translation>Случайные товары</translation>
    </message>
    <message>
        <source>Similar customers (EASE)</source>
        <translation>Похожие покупатели (EASE)</translation>
    </message>
    <message>
        <source>All purchases</source>
        <translation>Все покупки</translation>
    </message>
    <message>
        <source>New to the customer</source>
        <translation>Новые для покупателя</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <source>Hit rate %</source>
        <translation>Попадания, %</translation>
    </message>
    <message>
        <source>NDCG</source>
        <translation>NDCG</translation>
    </message>
    <message>
        <source>Recall %</source>
        <translation>Полнота, %</translation>
    </message>
    <message>
        <source>Coverage %</source>
        <translation>Охват, %</translation>
    </message>
    <message>
        <source>customers who bought one of their 10 picks (%)</source>
        <translation>покупатели, купившие один из 10 предложенных товаров (%)</translation>
    </message>
    <message>
        <source>The picks could not be tested: %1</source>
        <translation>Не удалось проверить подборки: %1</translation>
    </message>
    <message>
        <source>%1 — in %2 orders</source>
        <translation>%1 — заказов: %2</translation>
    </message>
    <message>
        <source>Pinned by you</source>
        <translation>Закреплено вами</translation>
    </message>
    <message>
        <source>Bought together</source>
        <translation>Покупают вместе</translation>
    </message>
    <message>
        <source>Same-category bestseller</source>
        <translation>Хит той же категории</translation>
    </message>
    <message>
        <source>Segment bestseller</source>
        <translation>Хит сегмента</translation>
    </message>
    <message>
        <source>Shop bestseller</source>
        <translation>Хит магазина</translation>
    </message>
    <message>
        <source>Why it is shown</source>
        <translation>Почему показан</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Customers tested</source>
        <translation>Проверено покупателей</translation>
    </message>
    <message>
        <source>Pick a product on the left to see what is bought with it.</source>
        <translation>Выберите товар слева, чтобы увидеть, что покупают вместе с ним.</translation>
    </message>
    <message>
        <source>Not bought together with anything often enough yet.</source>
        <translation>Пока не покупают вместе ни с чем достаточно часто.</translation>
    </message>
    <message>
        <source>Strongest partners</source>
        <translation>Самые сильные пары</translation>
    </message>
    <message>
        <source>Could not change the list</source>
        <translation>Не удалось изменить список</translation>
    </message>
    <message>
        <source>%1 pinned here · %2 products never shown · %3 pairs never shown</source>
        <translation>Закреплено здесь: %1 · товаров не показывать: %2 · пар не показывать: %3</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Начать заново</translation>
    </message>
    <message>
        <source>Stopped. The screen shows only what was ready; press Start again to work it out.</source>
        <translation>Остановлено. На экране только то, что было готово; нажмите «Начать заново», чтобы досчитать.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Работаю…</translation>
    </message>
</context>
<context>
    <name>CampaignsView</name>
    <message>
        <source>The control group: customers chosen at random who did not get the offer, so that comparing them with those mailed shows what the offer really changed.</source>
        <translation>Контрольная группа: случайно выбранные клиенты, которые не получили предложение, чтобы сравнение с получившими письмо показало, что предложение действительно изменило.</translation>
    </message>
    <message>
        <source>The control group was not mailed: it shows what customers would have done anyway. The difference between a mailed group and the control is what the campaign did; the interval is where the true difference lies with 95 % confidence.</source>
        <translation>Контрольной группе письмо не отправляли: она показывает, что клиенты сделали бы и так. Разница между группой, получившей письмо, и контрольной группой — это эффект кампании; интервал — границы, в которых с вероятностью 95 % лежит истинная разница.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Judge on this window</source>
        <translation>Оценивать за этот период</translation>
    </message>
    <message>
        <source>Window after sending</source>
        <translation>Период после отправки</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Each mailed group against the control</source>
        <translation>Каждая группа с рассылкой в сравнении с контрольной</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Judging each campaign on the orders imported so far…</source>
        <translation>Оцениваем каждую кампанию по уже импортированным заказам…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Остановлено.</translation>
    </message>
    <message>
        <source>Could not read the campaigns</source>
        <translation>Не удалось прочитать кампании</translation>
    </message>
    <message>
        <source>{0} (sent {1})</source>
        <translation>{0} (отправлено {1})</translation>
    </message>
    <message>
        <source>No campaigns yet.</source>
        <translation>Кампаний пока нет.</translation>
    </message>
    <message>
        <source>No campaigns yet. Save an offer file on the Offers screen: its results appear here after you import the orders that follow.</source>
        <translation>Кампаний пока нет. Сохраните файл предложения на экране «Предложения»: его результаты появятся здесь после импорта последующих заказов.</translation>
    </message>
    <message>
        <source>{0} campaign(s). Results use the orders imported so far.</source>
        <translation>Кампаний: {0}. Результаты основаны на импортированных на сегодня заказах.</translation>
    </message>
    <message>
        <source>mailed</source>
        <translation>с рассылкой</translation>
    </message>
    <message>
        <source>control</source>
        <translation>контрольная</translation>
    </message>
    <message>
        <source>all mailed</source>
        <translation>все с рассылкой</translation>
    </message>
    <message>
        <source>{0}: {1}, sent {2}; judged on the {3} days to {4}.</source>
        <translation>{0}: {1}, отправлено {2}; оценивается за {3} дн. до {4}.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Сделали заказ</translation>
    </message>
    <message>
        <source>Order rate</source>
        <translation>Доля заказавших</translation>
    </message>
    <message>
        <source>Revenue per member</source>
        <translation>Выручка на участника</translation>
    </message>
    <message>
        <source>Codes used</source>
        <translation>Использовано кодов</translation>
    </message>
    <message>
        <source>Order rate difference</source>
        <translation>Разница доли заказавших</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95-процентный интервал</translation>
    </message>
    <message>
        <source>Revenue per member difference</source>
        <translation>Разница выручки на участника</translation>
    </message>
    <message>
        <source>95 % interval (revenue)</source>
        <translation>95-процентный интервал (выручка)</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>от {0} до {1}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0} points</source>
        <translation>{0} п. п.</translation>
    </message>
    <message>
        <source>Could not change the window</source>
        <translation>Не удалось изменить период</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture or an SVG drawing</source>
        <translation>Сохранить этот график как картинку PNG или рисунок SVG</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy this chart to the clipboard, to paste into an e-mail or document</source>
        <translation>Скопировать этот график в буфер обмена, чтобы вставить в письмо или документ</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Сохранить график</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>Картинка PNG (*.png);;Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <source>Could not save the chart</source>
        <translation>Не удалось сохранить график</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>Search by name, e-mail or customer number</source>
        <translation>Поиск по имени, e-mail или номеру покупателя</translation>
    </message>
    <message>
        <source>10 segments (recency × frequency)</source>
        <translation>10 сегментов (давность × частота)</translation>
    </message>
    <message>
        <source>11 segments (recency × frequency and spend)</source>
        <translation>11 сегментов (давность × частота и сумма)</translation>
    </message>
    <message>
        <source>Recency (5 = bought most recently) × frequency (5 = most orders). Click a cell to see its customers.</source>
        <translation>Давность (5 = покупал совсем недавно) × частота (5 = больше всего заказов). Нажмите на клетку, чтобы увидеть её покупателей.</translation>
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
        <translation>Пороги оценок (для оценок 2, 3, 4, 5)</translation>
    </message>
    <message>
        <source>Days since last order at most</source>
        <translation>Дней с заказа, не больше</translation>
    </message>
    <message>
        <source>Orders at least</source>
        <translation>Заказов не меньше</translation>
    </message>
    <message>
        <source>Spend at least</source>
        <translation>Потратил не меньше</translation>
    </message>
    <message>
        <source>Equal groups (quintiles)</source>
        <translation>Равные группы (квинтили)</translation>
    </message>
    <message>
        <source>Click a segment on the left or a cell of the grid to see its customers.</source>
        <translation>Нажмите на сегмент слева или на клетку сетки, чтобы увидеть его покупателей.</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <source>{1} customers
{2:,.0f} ({3:.0f} %)
{0}</source>
        <translation>{1} чел.
{2:,.0f} ({3:.0f} %)
{0}</translation>
    </message>
    <message>
        <source>No customers with orders yet.</source>
        <translation>Покупателей с заказами пока нет.</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Все покупатели</translation>
    </message>
    <message>
        <source>Top percent</source>
        <translation>Лучшие — процент</translation>
    </message>
    <message>
        <source>Top number</source>
        <translation>Лучшие — число</translation>
    </message>
    <message>
        <source> % of customers</source>
        <translation> % клиентов</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>Выгрузить список…</translation>
    </message>
    <message>
        <source>VIP size:</source>
        <translation>Размер группы VIP:</translation>
    </message>
    <message>
        <source>Win-back when silent at least</source>
        <translation>Вернуть, если молчат не меньше</translation>
    </message>
    <message>
        <source>× their usual interval</source>
        <translation>× их обычный интервал</translation>
    </message>
    <message>
        <source>Lists keep at most</source>
        <translation>Списки содержат не более</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <source>Nobody is on this list right now.</source>
        <translation>В этом списке сейчас никого нет.</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Списки</translation>
    </message>
    <message>
        <source>Working out the lists…</source>
        <translation>Составляем списки…</translation>
    </message>
    <message>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source> % a month</source>
        <translation> % в месяц</translation>
    </message>
    <message>
        <source>Recalculate</source>
        <translation>Пересчитать</translation>
    </message>
    <message>
        <source>Predict value over</source>
        <translation>Прогноз ценности на</translation>
    </message>
    <message>
        <source>discounting future money by</source>
        <translation>дисконтируя будущие деньги на</translation>
    </message>
    <message>
        <source>Testing how well the predictions work…</source>
        <translation>Проверяем, насколько хороши прогнозы…</translation>
    </message>
    <message>
        <source>Testing who stops ordering on the past…</source>
        <translation>Проверка на прошлых данных, кто перестаёт заказывать…</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Прогнозы</translation>
    </message>
    <message>
        <source>Choose automatically</source>
        <translation>Выбрать автоматически</translation>
    </message>
    <message>
        <source>{0} groups</source>
        <translation>Групп: {0}</translation>
    </message>
    <message>
        <source>Number of groups:</source>
        <translation>Число групп:</translation>
    </message>
    <message>
        <source>Click a group above to see its customers.</source>
        <translation>Нажмите на группу выше, чтобы увидеть её покупателей.</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Группы похожих</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Покупатели</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Show changes</source>
        <translation>Показать изменения</translation>
    </message>
    <message>
        <source>Export these customers…</source>
        <translation>Экспортировать этих клиентов…</translation>
    </message>
    <message>
        <source>Save the customers of the chosen movement as a CSV file, for example to send them an offer</source>
        <translation>Сохранить клиентов выбранного перехода в файл CSV, например чтобы отправить им предложение</translation>
    </message>
    <message>
        <source>Click a row above to see the customers who moved that way.</source>
        <translation>Нажмите на строку выше, чтобы увидеть покупателей, которые так переместились.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <source>Rebuilding the segments at both dates…</source>
        <translation>Восстанавливаем сегменты на обе даты…</translation>
    </message>
    <message>
        <source>No customer changed segment between these dates.</source>
        <translation>Между этими датами ни один клиент не сменил сегмент.</translation>
    </message>
    <message>
        <source>Segment then</source>
        <translation>Сегмент тогда</translation>
    </message>
    <message>
        <source>Segment now</source>
        <translation>Сегмент сейчас</translation>
    </message>
    <message>
        <source>Repeat rate by first product: products need at least 10 customers whose first order had them before they are compared.</source>
        <translation>Доля вернувшихся по первому товару: товар сравнивается, только если он был в первом заказе не менее чем у 10 клиентов.</translation>
    </message>
    <message>
        <source>First product</source>
        <translation>Первый товар</translation>
    </message>
    <message>
        <source>First buyers</source>
        <translation>Первые покупатели</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>Вернулись</translation>
    </message>
    <message>
        <source>Came back (%)</source>
        <translation>Вернулись (%)</translation>
    </message>
    <message>
        <source>Shop average (%)</source>
        <translation>Среднее по магазину (%)</translation>
    </message>
    <message>
        <source>× average</source>
        <translation>× среднее</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(без кода)</translation>
    </message>
    <message>
        <source>First discount code</source>
        <translation>Первый промокод</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Orders then</source>
        <translation>Заказов тогда</translation>
    </message>
    <message>
        <source>Orders now</source>
        <translation>Заказов сейчас</translation>
    </message>
    <message>
        <source>Export these customers</source>
        <translation>Экспортировать этих клиентов</translation>
    </message>
    <message>
        <source>Could not export the customers</source>
        <translation>Не удалось экспортировать клиентов</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Days since last order</source>
        <translation>Дней с последнего заказа</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Потрачено</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>Средний заказ</translation>
    </message>
    <message>
        <source>Working out segments and predictions…</source>
        <translation>Рассчитываем сегменты и прогнозы…</translation>
    </message>
    <message>
        <source>Can you trust the predictions? Predicted vs actual in a test period</source>
        <translation>Можно ли доверять прогнозам? Прогноз и факт за тестовый период</translation>
    </message>
    <message>
        <source>What actually happened</source>
        <translation>Что было на самом деле</translation>
    </message>
    <message>
        <source>What the model predicted</source>
        <translation>Что предсказала модель</translation>
    </message>
    <message>
        <source>Repeat orders before the test period</source>
        <translation>Повторные заказы до тестового периода</translation>
    </message>
    <message>
        <source>Average orders per customer in the test period</source>
        <translation>Заказов на покупателя</translation>
    </message>
    <message>
        <source>Stopped before the segments and predictions were worked out.</source>
        <translation>Остановлено до расчёта сегментов и прогнозов.</translation>
    </message>
    <message>
        <source>Stopped before the predictions were tested.</source>
        <translation>Остановлено до проверки прогнозов.</translation>
    </message>
    <message>
        <source>Could not analyse the customers</source>
        <translation>Не удалось проанализировать покупателей</translation>
    </message>
    <message>
        <source>No orders yet: import your shop&apos;s orders to see segments, lists and predictions.</source>
        <translation>Заказов пока нет: импортируйте заказы магазина, чтобы увидеть сегменты, списки и прогнозы.</translation>
    </message>
    <message>
        <source>{0} customers with orders. Predictions are based on {1} repeat customers over {2} days of history.</source>
        <translation>Покупателей с заказами: {0}. Прогнозы основаны на {1} постоянных покупателях за {2} дн. истории.</translation>
    </message>
    <message>
        <source>{0} customers with orders. Only {1} customers ordered more than once over {2} days of history, so predictions would be rough; the lists use past spending (RFM) instead.</source>
        <translation>Покупателей с заказами: {0}. Только {1} покупателей заказали больше одного раза за {2} дн. истории, поэтому прогнозы были бы грубыми; списки строятся по прошлым покупкам (RFM).</translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation>Прогноз ценности</translation>
    </message>
    <message>
        <source>Chance of having stopped</source>
        <translation>Вероятность ухода</translation>
    </message>
    <message>
        <source>All customers ({0})</source>
        <translation>Все покупатели ({0})</translation>
    </message>
    <message>
        <source>{0} ({1}, {2:.0f} % of revenue)</source>
        <translation>{0} ({1}, {2:.0f} % выручки)</translation>
    </message>
    <message>
        <source>R{0} F{1}: {2} customers</source>
        <translation>R{0} F{1}: покупателей: {2}</translation>
    </message>
    <message>
        <source>Recency {0}, frequency {1}: {2} customers</source>
        <translation>Давность {0}, частота {1}: покупателей: {2}</translation>
    </message>
    <message>
        <source>{0}: {1} customers</source>
        <translation>{0}: покупателей: {1}</translation>
    </message>
    <message>
        <source>All customers: {0}</source>
        <translation>Все покупатели: {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;{1}&lt;br&gt;&lt;br&gt;&lt;b&gt;What to do:&lt;/b&gt; {2}&lt;br&gt;&lt;br&gt;{3} customers, {4:,.0f} revenue; on average {5:.1f} orders, last order {6:.0f} days ago.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;{1}&lt;br&gt;&lt;br&gt;&lt;b&gt;Что делать:&lt;/b&gt; {2}&lt;br&gt;&lt;br&gt;Покупателей: {3}, выручка: {4:,.0f}; в среднем заказов: {5:.1f}, последний заказ {6:.0f} дн. назад.</translation>
    </message>
    <message>
        <source>Pick a segment on the left or a cell in the grid to see who is in it and what to do for them.</source>
        <translation>Выберите сегмент слева или клетку сетки, чтобы увидеть, кто в нём и что для них сделать.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Usual days between orders</source>
        <translation>Обычно дней между заказами</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Выгрузить список</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not export the list</source>
        <translation>Не удалось выгрузить список</translation>
    </message>
    <message>
        <source>Predicted value over the next {0} months (discounted {1:g} % a month), the chance each customer has stopped buying, and when they will probably order next.</source>
        <translation>Прогноз ценности на следующие {0} мес. (дисконт {1:g} % в месяц), вероятность, что покупатель перестал покупать, и когда он, вероятно, закажет снова.</translation>
    </message>
    <message>
        <source>Repeat orders</source>
        <translation>Повторные заказы</translation>
    </message>
    <message>
        <source>Expected orders</source>
        <translation>Ожидаемые заказы</translation>
    </message>
    <message>
        <source>Chance still a customer (%)</source>
        <translation>Вероятность, что ещё покупатель (%)</translation>
    </message>
    <message>
        <source>Expected order value</source>
        <translation>Ожидаемая сумма заказа</translation>
    </message>
    <message>
        <source>Next order expected</source>
        <translation>Следующий заказ ожидается</translation>
    </message>
    <message>
        <source>Who stops ordering could not be tested yet: {0}</source>
        <translation>Пока нельзя проверить, кто перестаёт заказывать: {0}</translation>
    </message>
    <message>
        <source>The predictions could not be tested yet: {0}</source>
        <translation>Прогнозы пока не удалось проверить: {0}</translation>
    </message>
    <message>
        <source>Finding groups of similar customers…</source>
        <translation>Ищем группы похожих покупателей…</translation>
    </message>
    <message>
        <source>{0} groups (silhouette {1:.2f}; closer to 1 = more distinct). Click a group to see its customers.</source>
        <translation>Групп: {0} (силуэт {1:.2f}; ближе к 1 = чётче различаются). Нажмите на группу, чтобы увидеть её покупателей.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Main country</source>
        <translation>Основная страна</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln покупатель</numerusform>
            <numerusform>%Ln покупателя</numerusform>
            <numerusform>%Ln покупателей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Save owner&apos;s report…</source>
        <translation>Сохранить отчёт владельца…</translation>
    </message>
    <message>
        <source>A PDF with these figures, every chart and what to do next</source>
        <translation>PDF с этими цифрами, всеми графиками и тем, что делать дальше</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Revenue and orders by month</source>
        <translation>Выручка и заказы по месяцам</translation>
    </message>
    <message>
        <source>Customer segments: how many, and their share of revenue</source>
        <translation>Сегменты покупателей: сколько их и какова их доля выручки</translation>
    </message>
    <message>
        <source>Recency × frequency: where your customers are</source>
        <translation>Давность × частота: где ваши покупатели</translation>
    </message>
    <message>
        <source>Do customers come back? Retention by month of first order</source>
        <translation>Возвращаются ли покупатели? Удержание по месяцу первого заказа</translation>
    </message>
    <message>
        <source>How long between orders? Your shop&apos;s buying cycle</source>
        <translation>Сколько проходит между заказами? Цикл покупок вашего магазина</translation>
    </message>
    <message>
        <source>Best-selling products by revenue</source>
        <translation>Самые продаваемые товары по выручке</translation>
    </message>
    <message>
        <source>Products most often bought together</source>
        <translation>Товары, которые чаще всего покупают вместе</translation>
    </message>
    <message>
        <source>Which products go together</source>
        <translation>Какие товары сочетаются</translation>
    </message>
    <message>
        <source>Predicted customer value over the next 12 months</source>
        <translation>Прогноз ценности покупателей на следующие 12 месяцев</translation>
    </message>
    <message>
        <source>Can you trust the predictions? Predicted vs actual in a test period</source>
        <translation>Можно ли доверять прогнозам? Прогноз и факт за тестовый период</translation>
    </message>
    <message>
        <source>Do the recommendations work? App vs best-sellers vs random</source>
        <translation>Работают ли рекомендации? Приложение, хиты и случайный выбор</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Новые покупатели</translation>
    </message>
    <message>
        <source>Returning customers</source>
        <translation>Вернувшиеся покупатели</translation>
    </message>
    <message>
        <source>Guests (no customer)</source>
        <translation>Гости (без покупателя)</translation>
    </message>
    <message>
        <source>Orders (right axis)</source>
        <translation>Заказы (правая ось)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Month (the last month runs only to {day})</source>
        <translation>Месяц (последний месяц только до {day})</translation>
    </message>
    <message>
        <source>Revenue ({currency})</source>
        <translation>Выручка ({currency})</translation>
    </message>
    <message>
        <source>Orders with both products (× chance: how much more often than at random)</source>
        <translation>Заказы с обоими товарами (× случайность: во сколько раз чаще, чем случайно)</translation>
    </message>
    <message>
        <source>{orders:,} orders · {lift:.0f}× chance</source>
        <translation>зак.: {orders:,} · {lift:.0f}× случайность</translation>
    </message>
    <message>
        <source>Repeat orders</source>
        <translation>Повторные заказы</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>зак.</translation>
    </message>
    <message>
        <source>Days to the customer&apos;s next order (last bar: {cap:.0f}+)</source>
        <translation>Дней до следующего заказа покупателя (последний столбец: {cap:.0f}+)</translation>
    </message>
    <message>
        <source>Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec</source>
        <translation>янв фев мар апр май июн июл авг сен окт ноя дек</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Покупатели</translation>
    </message>
    <message>
        <source>Share of revenue (%)</source>
        <translation>Доля выручки (%)</translation>
    </message>
    <message>
        <source>Recency score (5 = bought most recently)</source>
        <translation>Давность (5 = покупали совсем недавно)</translation>
    </message>
    <message>
        <source>Frequency score (5 = buys most often)</source>
        <translation>Частота (5 = покупают чаще всех)</translation>
    </message>
    <message>
        <source>Months after the first order</source>
        <translation>Месяцев после первого заказа</translation>
    </message>
    <message>
        <source>Month of first order (number of new customers)</source>
        <translation>Месяц первого заказа (число новых клиентов)</translation>
    </message>
    <message>
        <source>% of the month&apos;s new customers who ordered</source>
        <translation>% новых клиентов месяца, сделавших заказ</translation>
    </message>
    <message>
        <source>Half of repeat orders come within {days:.0f} days</source>
        <translation>Половина повторных заказов — в течение {days:.0f} дн.</translation>
    </message>
    <message>
        <source>Three in four come within {days:.0f} days</source>
        <translation>Три из четырёх — в течение {days:.0f} дн.</translation>
    </message>
    <message>
        <source>A thicker line means the two products share more orders.</source>
        <translation>Чем толще линия, тем чаще два товара встречаются в одних заказах.</translation>
    </message>
    <message>
        <source>Typical customer: {value}</source>
        <translation>Типичный клиент: {value}</translation>
    </message>
    <message>
        <source>Top 10 % are worth {value} or more</source>
        <translation>Лучшие 10 % стоят {value} и больше</translation>
    </message>
    <message>
        <source>Predicted value per customer ({currency}); last bar: {cap} or more</source>
        <translation>Прогноз ценности клиента ({currency}); последний столбец: {cap} и больше</translation>
    </message>
    <message>
        <source>What customers actually did</source>
        <translation>Что клиенты сделали на деле</translation>
    </message>
    <message>
        <source>What the model predicted</source>
        <translation>Что предсказала модель</translation>
    </message>
    <message>
        <source>Repeat orders before the test period (customers in the group)</source>
        <translation>Повторные заказы до тестового периода (клиентов в группе)</translation>
    </message>
    <message>
        <source>Orders per customer in the last {weeks} weeks</source>
        <translation>Заказов на клиента за последние {weeks} нед.</translation>
    </message>
    <message>
        <source>Fitted on the history up to {end} and tested on the last {weeks} weeks: the model expected {predicted:,.0f} repeat orders from {customers:,} customers and they placed {actual:,.0f} ({percent:.0f} % {direction}); per customer it was off by {mae:.2f} orders on average.</source>
        <translation>Обучено на истории до {end} и проверено на последних {weeks} неделях: модель ожидала {predicted:,.0f} повторных заказов от {customers:,} клиентов, а они сделали {actual:,.0f} ({percent:.0f} % {direction}); в среднем на клиента ошибка составила {mae:.2f} заказа.</translation>
    </message>
    <message>
        <source>more predicted than actual</source>
        <translation>предсказано больше, чем было</translation>
    </message>
    <message>
        <source>fewer predicted than actual</source>
        <translation>предсказано меньше, чем было</translation>
    </message>
    <message>
        <source>This app</source>
        <translation>Это приложение</translation>
    </message>
    <message>
        <source>Best-sellers</source>
        <translation>Хиты продаж</translation>
    </message>
    <message>
        <source>Random products</source>
        <translation>Случайные товары</translation>
    </message>
    <message>
        <source>Bought one of the 10 suggestions (%)</source>
        <translation>Купили один из 10 предложенных (%)</translation>
    </message>
    <message>
        <source>Tested on {n:,} customers who bought again in the last 12 weeks; each method names 10 products per customer</source>
        <translation>Проверено на {n:,} клиентах, купивших повторно за последние 12 недель; каждый метод называет 10 товаров на клиента</translation>
    </message>
    <message>
        <source>No orders yet: import your shop&apos;s orders to see revenue by month.</source>
        <translation>Заказов пока нет: импортируйте заказы магазина, чтобы увидеть выручку по месяцам.</translation>
    </message>
    <message>
        <source>No customers with orders yet, so there are no segments to show.</source>
        <translation>Пока нет клиентов с заказами, поэтому сегментов нет.</translation>
    </message>
    <message>
        <source>Segments compare customers with each other, so they need at least 5 customers with orders; this shop has {customers:,} so far.</source>
        <translation>Сегменты сравнивают клиентов между собой, поэтому нужно не меньше 5 клиентов с заказами; в этом магазине пока {customers:,}.</translation>
    </message>
    <message>
        <source>At least 5 customers with orders are needed for the recency × frequency grid.</source>
        <translation>Для сетки «давность × частота» нужно не меньше 5 клиентов с заказами.</translation>
    </message>
    <message>
        <source>At least two months of orders are needed to see whether customers come back.</source>
        <translation>Чтобы увидеть, возвращаются ли клиенты, нужны заказы хотя бы за два месяца.</translation>
    </message>
    <message>
        <source>Too few repeat orders yet to show how long customers take to come back.</source>
        <translation>Пока слишком мало повторных заказов, чтобы показать, через сколько клиенты возвращаются.</translation>
    </message>
    <message>
        <source>No products sold yet.</source>
        <translation>Пока не продано ни одного товара.</translation>
    </message>
    <message>
        <source>All sales are one product, {name}: {revenue} from {orders:,} orders.</source>
        <translation>Все продажи — один товар, {name}: {revenue} из {orders:,} заказов.</translation>
    </message>
    <message>
        <source>No two products were bought together in two or more orders yet, so there are no pairs to show.</source>
        <translation>Пока ни одна пара товаров не покупалась вместе в двух и более заказах, поэтому пар нет.</translation>
    </message>
    <message>
        <source>Your shop sells a single product, so there are no products bought together to show.</source>
        <translation>Ваш магазин продаёт один товар, поэтому товаров, купленных вместе, нет.</translation>
    </message>
    <message>
        <source>Too few customers to predict their value yet.</source>
        <translation>Пока слишком мало клиентов, чтобы предсказать их ценность.</translation>
    </message>
    <message>
        <source>Not enough history to test the predictions yet.</source>
        <translation>Пока слишком короткая история, чтобы проверить прогнозы.</translation>
    </message>
    <message>
        <source>With only one product, ten suggestions name the whole shop, so there is nothing to compare yet.</source>
        <translation>При одном товаре десять предложений охватывают весь магазин, так что сравнивать пока нечего.</translation>
    </message>
    <message>
        <source>With only {products} products, ten suggestions name the whole shop, so there is nothing to compare yet.</source>
        <translation>Всего товаров: {products}, десять предложений охватывают весь магазин, так что сравнивать пока нечего.</translation>
    </message>
    <message>
        <source>Not enough orders to test the recommendations yet.</source>
        <translation>Пока слишком мало заказов, чтобы проверить рекомендации.</translation>
    </message>
    <message>
        <source>This chart is not available yet in this version of Shopkeeper.</source>
        <translation>Этот график пока недоступен в этой версии Shopkeeper.</translation>
    </message>
    <message>
        <source>Orders from {first} to {last} · currency {currency}</source>
        <translation>Заказы с {first} по {last} · валюта {currency}</translation>
    </message>
    <message>
        <source>No orders imported yet.</source>
        <translation>Заказы ещё не импортированы.</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Что делать дальше</translation>
    </message>
    <message>
        <source>Owner&apos;s report: {shop}</source>
        <translation>Отчёт владельца: {shop}</translation>
    </message>
    <message>
        <source>Import your shop&apos;s orders to get suggestions.</source>
        <translation>Импортируйте заказы магазина, чтобы получить советы.</translation>
    </message>
    <message>
        <source>{count} customers due for a win-back offer: silent for at least twice as long as they usually wait between orders.</source>
        <translation>Клиенты, которым пора предложить вернуться: {count}. Они молчат как минимум вдвое дольше, чем обычно ждут между заказами.</translation>
    </message>
    <message>
        <source>{count} customers due for a win-back offer: silent for at least twice as long as they usually wait between orders (they spent {money} with you so far).</source>
        <translation>Клиенты, которым пора предложить вернуться: {count}. Они молчат как минимум вдвое дольше, чем обычно ждут между заказами (уже потратили у вас {money}).</translation>
    </message>
    <message>
        <source>{count} valuable customers at risk of leaving: contact them personally before they go quiet.</source>
        <translation>Ценные клиенты, которые могут уйти: {count}. Свяжитесь с ними лично, пока они совсем не пропали.</translation>
    </message>
    <message>
        <source>Thank your {count} VIP customers with early access or a personal note.</source>
        <translation>Поблагодарите VIP-клиентов ({count}) ранним доступом или личным письмом.</translation>
    </message>
    <message>
        <source>{count} customers bought once in the last 90 days: invite them back to make them regulars.</source>
        <translation>Клиенты, купившие один раз за последние 90 дней: {count}. Пригласите их вернуться, чтобы они стали постоянными.</translation>
    </message>
    <message>
        <source>{count} customers bought once in the last 90 days: invite them back within about {days} days to make them regulars.</source>
        <translation>Клиенты, купившие один раз за последние 90 дней: {count}. Пригласите их вернуться примерно в течение {days} дней, чтобы они стали постоянными.</translation>
    </message>
    <message>
        <source>Offer &quot;{first}&quot; with &quot;{second}&quot;: bought together in {orders} orders, {lift}× more often than chance.</source>
        <translation>Предложите «{first}» вместе с «{second}»: их покупали вместе в {orders} заказах, это {lift}× чаще, чем случайно.</translation>
    </message>
    <message>
        <source>Keep &quot;{product}&quot; in stock: your top seller ({money} from {orders} orders).</source>
        <translation>Держите «{product}» в наличии: это ваш самый продаваемый товар ({money}, заказов: {orders}).</translation>
    </message>
    <message>
        <source>Everyone who placed at least one order. Click to see the list.</source>
        <translation>Все, кто сделал хотя бы один заказ. Нажмите, чтобы увидеть список.</translation>
    </message>
    <message>
        <source>Repeat customers</source>
        <translation>Постоянные покупатели</translation>
    </message>
    <message>
        <source>The share of customers who ordered more than once: the heart of a healthy shop. Click to see them.</source>
        <translation>Доля покупателей, заказавших больше одного раза: сердце здорового магазина. Нажмите, чтобы увидеть их.</translation>
    </message>
    <message>
        <source>Revenue, last 30 days</source>
        <translation>Выручка за последние 30 дней</translation>
    </message>
    <message>
        <source>Revenue, last 90 days</source>
        <translation>Выручка за последние 90 дней</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>Средний заказ</translation>
    </message>
    <message>
        <source>Customers at risk</source>
        <translation>Покупатели под угрозой ухода</translation>
    </message>
    <message>
        <source>Repeat customers who have been silent for much longer than usual for them. Click to see who.</source>
        <translation>Постоянные покупатели, которые молчат намного дольше обычного. Нажмите, чтобы увидеть, кто это.</translation>
    </message>
    <message>
        <source>VIP customers</source>
        <translation>VIP-покупатели</translation>
    </message>
    <message>
        <source>Your best customers by spend. Click to see who.</source>
        <translation>Ваши лучшие покупатели по сумме покупок. Нажмите, чтобы увидеть, кто это.</translation>
    </message>
    <message>
        <source>Open or import a shop to see how it is doing.</source>
        <translation>Откройте или импортируйте магазин, чтобы увидеть, как идут дела.</translation>
    </message>
    <message>
        <source>No shop open.</source>
        <translation>Магазин не открыт.</translation>
    </message>
    <message>
        <source>How %1 is doing</source>
        <translation>Как идут дела: %1</translation>
    </message>
    <message>
        <source>Made by Shopkeeper on {today}. Revenue is sales after discounts and refunds, without shipping and tax; cancelled orders and returns are left out.</source>
        <translation>Подготовлено Shopkeeper {today}. Выручка — продажи после скидок и возвратов денег, без доставки и налогов; отменённые заказы и возвраты не учитываются.</translation>
    </message>
    <message>
        <source>Sales after discounts and refunds, without shipping and tax, in the 30 days up to the last order in your data, compared with the 30 days before.</source>
        <translation>Продажи после скидок и возвратов денег, без доставки и налогов, за 30 дней до последнего заказа в ваших данных, по сравнению с 30 днями ранее.</translation>
    </message>
    <message>
        <source>Sales after discounts and refunds, without shipping and tax, in the 90 days up to the last order in your data, compared with the 90 days before.</source>
        <translation>Продажи после скидок и возвратов денег, без доставки и налогов, за 90 дней до последнего заказа в ваших данных, по сравнению с 90 днями ранее.</translation>
    </message>
    <message>
        <source>Sales after discounts and refunds (without shipping and tax) divided by the number of orders.</source>
        <translation>Продажи после скидок и возвратов денег (без доставки и налогов), делённые на число заказов.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Остановлено.</translation>
    </message>
    <message>
        <source>Stopped before this chart was drawn.</source>
        <translation>Остановлено до того, как этот график был построен.</translation>
    </message>
    <message>
        <source>Could not load the dashboard</source>
        <translation>Не удалось загрузить сводку</translation>
    </message>
    <message>
        <source>Working out the customer lists…</source>
        <translation>Составляем списки клиентов…</translation>
    </message>
    <message>
        <source>Could not open the list</source>
        <translation>Не удалось открыть список</translation>
    </message>
    <message>
        <source>Save owner&apos;s report</source>
        <translation>Сохранить отчёт владельца</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Создаём отчёт…</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Отчёт сохранён: %1</translation>
    </message>
    <message>
        <source>Owner&apos;s report</source>
        <translation>Отчёт владельца</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>Отчёт сохранён в %1.</translation>
    </message>
    <message>
        <source>Could not write the report</source>
        <translation>Не удалось создать отчёт</translation>
    </message>
    <message>
        <source>Writing the owner&apos;s report</source>
        <translation>Создание отчёта владельца</translation>
    </message>
</context>
<context>
    <name>ExplainLink</name>
    <message>
        <source>What does this mean?</source>
        <translation>Что это значит?</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>Choose the file(s) to import</source>
        <translation>Выберите файл(ы) для импорта</translation>
    </message>
    <message>
        <source>An export from Shopify, WooCommerce, PrestaShop, Olist, CDNOW, Online Retail, or any spreadsheet (CSV or XLSX). For a set of files that belong together (orders, items, customers, products), choose them all. You can also drop files here.</source>
        <translation>Выгрузка из Shopify, WooCommerce, PrestaShop, Olist, CDNOW, Online Retail или любая таблица (CSV или XLSX). Если несколько файлов связаны (заказы, позиции, покупатели, товары), выберите их все. Файлы можно также перетащить сюда.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>1 file, {0}.</source>
        <translation>1 файл, {0}.</translation>
    </message>
    <message>
        <source>{0} files, {1} in all.</source>
        <translation>Файлов: {0}, всего {1}.</translation>
    </message>
    <message>
        <source>Choose shop exports</source>
        <translation>Выберите выгрузки магазина</translation>
    </message>
</context>
<context>
    <name>FirstVisitGuide</name>
    <message>
        <source>Your shop at a glance: sales, customers and what changed. Click a headline to see the customers behind it.</source>
        <translation>Ваш магазин с первого взгляда: продажи, покупатели и что изменилось. Нажмите на показатель, чтобы увидеть покупателей за ним.</translation>
    </message>
    <message>
        <source>Bring in your orders: drop an export file from your shop here, or click Import. Importing the same file again does not create duplicates.</source>
        <translation>Загрузите свои заказы: перетащите сюда файл выгрузки из магазина или нажмите «Импорт». Повторный импорт того же файла не создаёт дубликатов.</translation>
    </message>
    <message>
        <source>Every customer with their orders and spending. Search by name or e-mail; double-click a customer to see their whole history.</source>
        <translation>Каждый покупатель с заказами и расходами. Ищите по имени или e-mail; дважды щёлкните покупателя, чтобы увидеть всю его историю.</translation>
    </message>
    <message>
        <source>Customers grouped by how recently, how often and how much they buy: look after your Champions, win back those At risk.</source>
        <translation>Покупатели, сгруппированные по давности, частоте и сумме покупок: берегите «Чемпионов», возвращайте тех, кто «Под угрозой».</translation>
    </message>
    <message>
        <source>What each customer is likely to spend in the coming months, and who may be about to stop buying.</source>
        <translation>Сколько каждый покупатель, вероятно, потратит в ближайшие месяцы и кто может скоро перестать покупать.</translation>
    </message>
    <message>
        <source>Products that are bought together. Use them for &quot;customers who bought this also bought&quot; suggestions and bundles.</source>
        <translation>Товары, которые покупают вместе. Используйте их для подсказок «с этим товаром покупают» и для наборов.</translation>
    </message>
    <message>
        <source>Charts of what matters for your shop. Hover for details; save any chart as a picture.</source>
        <translation>Графики того, что важно для вашего магазина. Наведите курсор для подробностей; любой график можно сохранить как картинку.</translation>
    </message>
    <message>
        <source>Pick a group of customers and an offer, and save a file ready for Mailchimp, Klaviyo or Shopify.</source>
        <translation>Выберите группу покупателей и предложение и сохраните файл, готовый для Mailchimp, Klaviyo или Shopify.</translation>
    </message>
    <message>
        <source>A one-page summary of your shop to print or share.</source>
        <translation>Краткая сводка о магазине на одной странице — для печати или отправки.</translation>
    </message>
    <message>
        <source>First time here?</source>
        <translation>Впервые здесь?</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Понятно</translation>
    </message>
</context>
<context>
    <name>HiddenDialog</name>
    <message>
        <source>Hidden from suggestions</source>
        <translation>Скрыто из предложений</translation>
    </message>
    <message>
        <source>Products and pairs you chose never to show. Tick them and press &quot;Show again&quot; to bring them back.</source>
        <translation>Товары и пары, которые вы решили не показывать. Отметьте их и нажмите «Показать снова», чтобы вернуть.</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Показать снова</translation>
    </message>
    <message>
        <source>Never suggest products from these categories:</source>
        <translation>Никогда не предлагать товары из этих категорий:</translation>
    </message>
    <message>
        <source>Your products have no categories in the imported files.</source>
        <translation>В импортированных файлах у ваших товаров нет категорий.</translation>
    </message>
    <message>
        <source>%1 — everywhere</source>
        <translation>%1 — везде</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 вместе с %2</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>You can cancel: the shop then stays exactly as it was.</source>
        <translation>Можно отменить: магазин останется точно таким, как был.</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Попробовать снова</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <source>You can try again, or close this window; the shop is unchanged.</source>
        <translation>Можно попробовать снова или закрыть это окно; магазин не изменился.</translation>
    </message>
</context>
<context>
    <name>ImportView</name>
    <message>
        <source>Import orders or customers…</source>
        <translation>Импортировать заказы или покупателей…</translation>
    </message>
    <message>
        <source>Earlier imports</source>
        <translation>Прошлые импорты</translation>
    </message>
    <message>
        <source>Nothing imported yet.</source>
        <translation>Пока ничего не импортировано.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>No shop is open</source>
        <translation>Магазин не открыт</translation>
    </message>
    <message>
        <source>Use File → New shop or Open shop first.</source>
        <translation>Сначала выберите Файл → Новый магазин или Открыть магазин.</translation>
    </message>
    <message>
        <source>Bring in your shop&apos;s orders</source>
        <translation>Загрузите заказы своего магазина</translation>
    </message>
    <message>
        <source>Export your orders from Shopify, WooCommerce, PrestaShop or any spreadsheet as CSV or XLSX, then import the file here. Your data stays on this computer.</source>
        <translation>Выгрузите заказы из Shopify, WooCommerce, PrestaShop или любой таблицы в CSV или XLSX, затем импортируйте файл здесь. Ваши данные остаются на этом компьютере.</translation>
    </message>
    <message>
        <source>Import more data</source>
        <translation>Импортировать ещё данные</translation>
    </message>
    <message>
        <source>Importing the same file again adds nothing twice; newer exports update changed orders.</source>
        <translation>Повторный импорт того же файла ничего не дублирует; более новые выгрузки обновляют изменённые заказы.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Orders added</source>
        <translation>Добавлено заказов</translation>
    </message>
    <message>
        <source>Orders updated</source>
        <translation>Обновлено заказов</translation>
    </message>
    <message>
        <source>Lines added</source>
        <translation>Добавлено позиций</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Новые покупатели</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Why skipped</source>
        <translation>Почему пропущено</translation>
    </message>
    <message>
        <source>Choose a shop export</source>
        <translation>Выберите выгрузку магазина</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Импорт не удался</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>{0} (&apos;{1}&apos;)</source>
        <translation>{0} («{1}»)</translation>
    </message>
    <message>
        <source>Shopkeeper does not recognise the columns of {0}: they look most like a {1}, but the file has no column for {2}. Choose the format, or map the columns by hand.</source>
        <translation>Shopkeeper не распознаёт столбцы файла {0}: они больше всего похожи на формат {1}, но в файле нет столбца для: {2}. Выберите формат или сопоставьте столбцы вручную.</translation>
    </message>
    <message>
        <source>Shopkeeper does not recognise the columns of {0}. Choose the format, or map the columns by hand.</source>
        <translation>Shopkeeper не распознаёт столбцы файла {0}. Выберите формат или сопоставьте столбцы вручную.</translation>
    </message>
    <message>
        <source>Nothing can be imported from {0}: all {1} rows are skipped because {2}.</source>
        <translation>Из {0} ничего нельзя импортировать: все строки ({1}) пропускаются, потому что {2}.</translation>
    </message>
    <message>
        <source>Nothing can be imported from {0}: all {1} rows are skipped because the file has no column for {2}, which a {3} has. Choose the right format, or map the columns by hand.</source>
        <translation>Из {0} ничего нельзя импортировать: все строки ({1}) пропускаются, потому что в файле нет столбца для: {2}, который есть в формате {3}. Выберите правильный формат или сопоставьте столбцы вручную.</translation>
    </message>
    <message>
        <source>Nothing can be imported from {0}: all {1} rows are skipped ({2}).</source>
        <translation>Из {0} ничего нельзя импортировать: все строки ({1}) пропускаются ({2}).</translation>
    </message>
    <message>
        <source>{0} bytes</source>
        <translation>{0} Б</translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>{0} КБ</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} МБ</translation>
    </message>
    <message>
        <source>{0} GB</source>
        <translation>{0} ГБ</translation>
    </message>
    <message>
        <source>a few seconds</source>
        <translation>несколько секунд</translation>
    </message>
    <message>
        <source>about {0} seconds</source>
        <translation>около {0} с</translation>
    </message>
    <message>
        <source>about {0} minutes</source>
        <translation>около {0} мин</translation>
    </message>
    <message>
        <source>about {0} hours</source>
        <translation>около {0} ч</translation>
    </message>
    <message>
        <source>Size: {0}</source>
        <translation>Размер: {0}</translation>
    </message>
    <message>
        <source>{0} rows</source>
        <translation>строк: {0}</translation>
    </message>
    <message>
        <source>about {0} rows</source>
        <translation>около {0} строк</translation>
    </message>
    <message>
        <source>Checking it takes {0}, importing {1}.</source>
        <translation>Проверка займёт {0}, импорт — {1}.</translation>
    </message>
    <message>
        <source>Import shop data</source>
        <translation>Импорт данных магазина</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
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
        <translation>Найти клиента</translation>
    </message>
    <message>
        <source>Name, e-mail or customer number; press Enter (Ctrl+F from anywhere)</source>
        <translation>Имя, e-mail или номер клиента; нажмите Enter (Ctrl+F откуда угодно)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New shop…</source>
        <translation>&amp;Новый магазин…</translation>
    </message>
    <message>
        <source>&amp;Open shop…</source>
        <translation>&amp;Открыть магазин…</translation>
    </message>
    <message>
        <source>Open the &amp;demo shop</source>
        <translation>Открыть &amp;демо-магазин</translation>
    </message>
    <message>
        <source>&amp;Import orders…</source>
        <translation>&amp;Импортировать заказы…</translation>
    </message>
    <message>
        <source>&amp;Recent shops</source>
        <translation>Н&amp;едавние магазины</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Find a customer…</source>
        <translation>&amp;Найти клиента…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Show the &amp;guides again</source>
        <translation>Показать &amp;подсказки снова</translation>
    </message>
    <message>
        <source>&amp;About Shopkeeper</source>
        <translation>&amp;О программе Shopkeeper</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(пока нет)</translation>
    </message>
    <message>
        <source>No shop open</source>
        <translation>Магазин не открыт</translation>
    </message>
    <message>
        <source>{name} — counting the records on file…</source>
        <translation>{name} — считаем записи в файле…</translation>
    </message>
    <message>
        <source>{name} — on file: {customers} customers, {orders} orders ({returns} returns, {cancelled} cancelled)</source>
        <translation>{name} — в файле: покупателей: {customers}, заказов: {orders} (возвратов: {returns}, отменённых: {cancelled})</translation>
    </message>
    <message>
        <source>{path}
Every customer and order record in the shop file. The dashboard counts purchases (orders not cancelled and not only returns) and the customers who made one.</source>
        <translation>{path}
Все записи о покупателях и заказах в файле магазина. Панель считает покупки (заказы не отменённые и не только возвраты) и покупателей, которые их сделали.</translation>
    </message>
    <message>
        <source>Shopkeeper — {0}</source>
        <translation>Shopkeeper — {0}</translation>
    </message>
    <message>
        <source>Could not open the shop</source>
        <translation>Не удалось открыть магазин</translation>
    </message>
    <message>
        <source>Could not open the demo shop</source>
        <translation>Не удалось открыть демо-магазин</translation>
    </message>
    <message>
        <source>Open a shop</source>
        <translation>Открыть магазин</translation>
    </message>
    <message>
        <source>New shop</source>
        <translation>Новый магазин</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Say which column holds what</source>
        <translation>Укажите, что в какой колонке</translation>
    </message>
    <message>
        <source>Fields marked * are required. Shopkeeper remembers this for files with the same columns.</source>
        <translation>Поля со * обязательны. Shopkeeper запомнит это для файлов с такими же колонками.</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— нет в файле —</translation>
    </message>
    <message>
        <source>{0}   (e.g. {1})</source>
        <translation>{0}   (напр., {1})</translation>
    </message>
</context>
<context>
    <name>OffersView</name>
    <message>
        <source>Offer files</source>
        <translation>Файлы предложений</translation>
    </message>
    <message>
        <source>Shop snippets</source>
        <translation>Блоки для магазина</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Mailchimp audience (CSV)</source>
        <translation>Аудитория Mailchimp (CSV)</translation>
    </message>
    <message>
        <source>Klaviyo list (CSV)</source>
        <translation>Список Klaviyo (CSV)</translation>
    </message>
    <message>
        <source>Shopify customer tags (CSV)</source>
        <translation>Теги покупателей Shopify (CSV)</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Таблица (CSV)</translation>
    </message>
    <message>
        <source>Excel (XLSX)</source>
        <translation>Excel (XLSX)</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <source>e.g. {first_name}, picked for you: {product_1}</source>
        <translation>напр., {first_name}, подобрано для вас: {product_1}</translation>
    </message>
    <message>
        <source>sk-vip (from the audience when empty)</source>
        <translation>sk-vip (из аудитории, если пусто)</translation>
    </message>
    <message>
        <source>Also include customers whose consent is not recorded</source>
        <translation>Включить и клиентов, чьё согласие не записано</translation>
    </message>
    <message>
        <source>Only if you know they agreed: unknown consent is not consent. Customers who said no are never included.</source>
        <translation>Только если вы знаете, что они согласились: неизвестное согласие — это не согласие. Отказавшиеся клиенты не включаются никогда.</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>File for</source>
        <translation>Файл для</translation>
    </message>
    <message>
        <source>VIP early access %</source>
        <translation>Ранний доступ VIP, %</translation>
    </message>
    <message>
        <source>Win-back %</source>
        <translation>Возврат покупателей, %</translation>
    </message>
    <message>
        <source>At risk, high value %</source>
        <translation>Под угрозой, высокая ценность, %</translation>
    </message>
    <message>
        <source>Everyone else %</source>
        <translation>Все остальные, %</translation>
    </message>
    <message>
        <source>Your margin % (caps discounts at half)</source>
        <translation>Ваша маржа, % (скидка не больше её половины)</translation>
    </message>
    <message>
        <source>No discount for customers who buy at full price</source>
        <translation>Без скидки для покупателей, которые платят полную цену</translation>
    </message>
    <message>
        <source>Customers who rarely use a code or a sale price (under half of their orders) get the offer without a discount: they buy anyway, so a discount mostly costs you.</source>
        <translation>Покупатели, которые редко пользуются кодом или сниженной ценой (меньше чем в половине заказов), получат предложение без скидки: они покупают и так, и скидка в основном стоит вам денег.</translation>
    </message>
    <message>
        <source>Scale each discount by the customer&apos;s predicted value</source>
        <translation>Масштабировать скидку по прогнозируемой ценности покупателя</translation>
    </message>
    <message>
        <source>Customers expected to spend more get up to 1.5 times the tier&apos;s discount, those expected to spend less down to half of it, never above the margin cap.</source>
        <translation>Покупатели, которые, по прогнозу, потратят больше, получат до 1,5 скидки уровня, те, кто потратит меньше, — до половины, но никогда выше предела маржи.</translation>
    </message>
    <message>
        <source>Control group %</source>
        <translation>Контрольная группа, %</translation>
    </message>
    <message>
        <source>The control group: customers chosen at random who do not get the offer, so that comparing them with those mailed shows what the offer really changed.</source>
        <translation>Контрольная группа: случайно выбранные клиенты, которые не получают предложение, чтобы сравнение с получившими письмо показало, что предложение действительно изменило.</translation>
    </message>
    <message>
        <source>Subject line</source>
        <translation>Тема письма</translation>
    </message>
    <message>
        <source>Shopify tag</source>
        <translation>Тег Shopify</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Save files…</source>
        <translation>Сохранить файлы…</translation>
    </message>
    <message>
        <source>Choose an audience and press Preview.</source>
        <translation>Выберите аудиторию и нажмите «Предпросмотр».</translation>
    </message>
    <message>
        <source>Press Preview to see the first rows of the offer file here.</source>
        <translation>Нажмите «Предпросмотр», чтобы увидеть здесь первые строки файла предложения.</translation>
    </message>
    <message>
        <source>Open the Campaigns screen</source>
        <translation>Открыть экран «Кампании»</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>audience, file and date when empty</source>
        <translation>если пусто: аудитория, файл и дата</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Название кампании</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <source>Judge results after</source>
        <translation>Оценивать результаты в течение</translation>
    </message>
    <message>
        <source>No variants</source>
        <translation>Без вариантов</translation>
    </message>
    <message>
        <source>2 variants</source>
        <translation>2 варианта</translation>
    </message>
    <message>
        <source>3 variants</source>
        <translation>3 варианта</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Варианты</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>as above</source>
        <translation>как выше</translation>
    </message>
    <message>
        <source>as the tiers</source>
        <translation>по уровням</translation>
    </message>
    <message>
        <source>no product picks</source>
        <translation>без подборки товаров</translation>
    </message>
    <message>
        <source>A unique coupon code for each customer</source>
        <translation>Отдельный промокод для каждого клиента</translation>
    </message>
    <message>
        <source>no codes file</source>
        <translation>без файла кодов</translation>
    </message>
    <message>
        <source>Shopify (Matrixify) codes file</source>
        <translation>Файл кодов для Shopify (Matrixify)</translation>
    </message>
    <message>
        <source>WooCommerce coupons file</source>
        <translation>Файл купонов WooCommerce</translation>
    </message>
    <message>
        <source>Code prefix</source>
        <translation>Префикс кода</translation>
    </message>
    <message>
        <source>Codes file for</source>
        <translation>Файл кодов для</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>Working out the segments and countries…</source>
        <translation>Рассчитываем сегменты и страны…</translation>
    </message>
    <message>
        <source>Working out the customer lists and groups…</source>
        <translation>Составляем списки и группы покупателей…</translation>
    </message>
    <message>
        <source>Working out the refills due and the customer groups…</source>
        <translation>Ищем, кому пора пополнить запас, и составляем группы покупателей…</translation>
    </message>
    <message>
        <source>Could not load audiences</source>
        <translation>Не удалось загрузить аудитории</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Кластер</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
    <message>
        <source>{0}: {1} ({2} customers)</source>
        <translation>{0}: {1} (покупателей: {2})</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Остановлено.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Nothing to preview: the sentence above says why.</source>
        <translation>Нечего показать: причина указана выше.</translation>
    </message>
    <message>
        <source>Could not make the offer</source>
        <translation>Не удалось подготовить предложение</translation>
    </message>
    <message>
        <source>{0}: {1} customers in the file, {2} held out as a control group.</source>
        <translation>{0}: покупателей в файле: {1}, в контрольной группе: {2}.</translation>
    </message>
    <message>
        <source>Left out because they did not accept marketing: {0}.</source>
        <translation>Исключены, так как не дали согласия на рассылки: {0}.</translation>
    </message>
    <message>
        <source>Dropped by the file&apos;s rules: {0}.</source>
        <translation>Исключены правилами файла: {0}.</translation>
    </message>
    <message>
        <source>Estimated discount cost: {0:,.2f} {1} if everyone orders once ({2:,.2f} at {3:.0%} redemption).</source>
        <translation>Оценка стоимости скидок: {0:,.2f} {1}, если каждый закажет один раз ({2:,.2f} при использовании {3:.0%}).</translation>
    </message>
    <message>
        <source>That is {0:,.2f} {1} less than the same discount for everyone.</source>
        <translation>Это на {0:,.2f} {1} меньше, чем одинаковая скидка для всех.</translation>
    </message>
    <message>
        <source>VIP early access</source>
        <translation>Ранний доступ VIP</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>Возврат покупателей</translation>
    </message>
    <message>
        <source>At risk, high value</source>
        <translation>Под угрозой, высокая ценность</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Покупатели</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Скидка %</translation>
    </message>
    <message>
        <source>Without discount</source>
        <translation>Без скидки</translation>
    </message>
    <message>
        <source>Cost ({0})</source>
        <translation>Стоимость ({0})</translation>
    </message>
    <message>
        <source>Flat discount cost</source>
        <translation>Стоимость одинаковой скидки</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Экономия</translation>
    </message>
    <message>
        <source>Save the offer file</source>
        <translation>Сохранить файл предложения</translation>
    </message>
    <message>
        <source>Files (*.{0})</source>
        <translation>Файлы (*.{0})</translation>
    </message>
    <message>
        <source>Could not save the offer</source>
        <translation>Не удалось сохранить предложение</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
    <message>
        <source>Also bought (HTML)</source>
        <translation>Также покупают (HTML)</translation>
    </message>
    <message>
        <source>Also bought (Shopify Liquid)</source>
        <translation>Также покупают (Shopify Liquid)</translation>
    </message>
    <message>
        <source>Also bought (WooCommerce)</source>
        <translation>Также покупают (WooCommerce)</translation>
    </message>
    <message>
        <source>Bestsellers block</source>
        <translation>Блок хитов продаж</translation>
    </message>
    <message>
        <source>VIP banner (HTML)</source>
        <translation>VIP-баннер (HTML)</translation>
    </message>
    <message>
        <source>VIP banner (Shopify Liquid)</source>
        <translation>VIP-баннер (Shopify Liquid)</translation>
    </message>
    <message>
        <source>top </source>
        <translation>топ </translation>
    </message>
    <message>
        <source>The language of your shop&apos;s customers: the widget&apos;s texts and prices. It does not change Shopkeeper&apos;s own language.</source>
        <translation>Язык покупателей вашего магазина: тексты и цены виджета. Язык самого Shopkeeper не меняется.</translation>
    </message>
    <message>
        <source>Make snippet</source>
        <translation>Создать блок</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>Копировать в буфер обмена</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <source>Preview in browser</source>
        <translation>Просмотр в браузере</translation>
    </message>
    <message>
        <source>Write the snippet into a sample page in the shop&apos;s exports folder and open it in your web browser.</source>
        <translation>Записать фрагмент в пример страницы в папке экспорта магазина и открыть её в браузере.</translation>
    </message>
    <message>
        <source>Widget</source>
        <translation>Виджет</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Shop language</source>
        <translation>Язык магазина</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Кнопка</translation>
    </message>
    <message>
        <source>Banner text</source>
        <translation>Текст баннера</translation>
    </message>
    <message>
        <source>Could not make the snippet</source>
        <translation>Не удалось создать блок</translation>
    </message>
    <message>
        <source>Where to paste this</source>
        <translation>Куда это вставить</translation>
    </message>
    <message>
        <source>{0} bytes, no customer data.</source>
        <translation>{0} байт, без данных покупателей.</translation>
    </message>
    <message>
        <source>{0} products have recommendations.</source>
        <translation>Товаров с рекомендациями: {0}.</translation>
    </message>
    <message>
        <source>A sample page made by Shopkeeper to show the snippet; it is not your shop.</source>
        <translation>Пример страницы, созданный Shopkeeper, чтобы показать фрагмент; это не ваш магазин.</translation>
    </message>
    <message>
        <source>Could not write the preview page</source>
        <translation>Не удалось записать страницу просмотра</translation>
    </message>
    <message>
        <source>Preview page: {0}</source>
        <translation>Страница просмотра: {0}</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Скопировано.</translation>
    </message>
    <message>
        <source>Save the snippet</source>
        <translation>Сохранить блок</translation>
    </message>
    <message>
        <source>Also bought (HTML + JavaScript)
Any shop: paste it on the product page where the cards should appear. Put the product&apos;s handle (the last part of its web address) in data-product=&quot;...&quot;, or leave it empty and the widget reads it from the address (/products/HANDLE or /product/HANDLE/).
Shopify: use the Liquid version instead - it fills in the product by itself.
WooCommerce: use the WooCommerce version.</source>
        <translation>С этим также покупают (HTML + JavaScript)
Любой магазин: вставьте его на странице товара там, где должны появиться карточки. Укажите идентификатор товара (последнюю часть его веб-адреса) в data-product=&quot;...&quot; или оставьте пустым — виджет возьмёт его из адреса (/products/HANDLE или /product/HANDLE/).
Shopify: используйте вместо этого версию Liquid — она сама подставляет товар.
WooCommerce: используйте версию для WooCommerce.</translation>
    </message>
    <message>
        <source>Also bought for Shopify (Liquid)
1. Shopify admin &gt; Online Store &gt; Themes &gt; Customize.
2. Open a product page template, click Add block (or Add section) &gt; Custom Liquid.
3. Paste the snippet into the Custom Liquid box and click Save.
It uses {{ product.handle }} to find the product, so nothing else needs changing.</source>
        <translation>С этим также покупают для Shopify (Liquid)
1. Админка Shopify &gt; Интернет-магазин &gt; Темы &gt; Настроить.
2. Откройте шаблон страницы товара, нажмите Добавить блок (или Добавить раздел) &gt; Пользовательский Liquid.
3. Вставьте фрагмент в поле Пользовательский Liquid и нажмите Сохранить.
Товар определяется через {{ product.handle }}, поэтому больше ничего менять не нужно.</translation>
    </message>
    <message>
        <source>Also bought for WooCommerce (HTML block)
1. WordPress admin &gt; Appearance &gt; Editor (or Widgets) and open the Single Product template; or edit a product&apos;s description.
2. Add a Custom HTML block where the cards should appear and paste the snippet.
3. Save. The widget reads the product from the address (/product/NAME/).</source>
        <translation>С этим также покупают для WooCommerce (блок HTML)
1. Админка WordPress &gt; Внешний вид &gt; Редактор (или Виджеты) и откройте шаблон страницы товара; или отредактируйте описание товара.
2. Добавьте блок «Произвольный HTML» там, где должны появиться карточки, и вставьте фрагмент.
3. Сохраните. Виджет берёт товар из адреса (/product/НАЗВАНИЕ/).</translation>
    </message>
    <message>
        <source>Bestsellers block (plain HTML, no script)
Shopify: Online Store &gt; Themes &gt; Customize &gt; Add section &gt; Custom Liquid (or Custom HTML), paste, Save.
WooCommerce: add a Custom HTML block to the home page or a landing page and paste.</source>
        <translation>Блок хитов продаж (чистый HTML, без скрипта)
Shopify: Интернет-магазин &gt; Темы &gt; Настроить &gt; Добавить раздел &gt; Пользовательский Liquid (или HTML), вставьте, Сохраните.
WooCommerce: добавьте блок «Произвольный HTML» на главную или целевую страницу и вставьте.</translation>
    </message>
    <message>
        <source>VIP / welcome-back banner for Shopify (Liquid)
1. First import the Shopify customer file from Offers, so your customers carry the tag (for example sk-vip).
2. Online Store &gt; Themes &gt; Customize &gt; Header (or any section) &gt; Add block &gt; Custom Liquid; paste; Save.
Only signed-in customers with the tag see the message.</source>
        <translation>Баннер VIP / «С возвращением» для Shopify (Liquid)
1. Сначала импортируйте в Shopify файл клиентов из раздела «Предложения», чтобы у клиентов был тег (например, sk-vip).
2. Интернет-магазин &gt; Темы &gt; Настроить &gt; Шапка (или любой раздел) &gt; Добавить блок &gt; Пользовательский Liquid; вставьте; Сохраните.
Сообщение видят только вошедшие в аккаунт клиенты с этим тегом.</translation>
    </message>
    <message>
        <source>VIP / welcome-back banner (HTML + JavaScript)
The banner shows when the page (the &lt;html&gt; or &lt;body&gt; element, or any element) has the class named in data-sk-class, for example sk-vip. Your shop or a plugin must add that class for signed-in VIP customers.
WooCommerce: add a Custom HTML block to the header or a page and paste.
Shopify: use the Liquid version instead.</source>
        <translation>Баннер VIP / «С возвращением» (HTML + JavaScript)
Баннер появляется, когда у страницы (элемента &lt;html&gt; или &lt;body&gt; либо любого элемента) есть класс, указанный в data-sk-class, например sk-vip. Ваш магазин или плагин должен добавлять этот класс вошедшим VIP-клиентам.
WooCommerce: добавьте блок «Произвольный HTML» в шапку или на страницу и вставьте.
Shopify: используйте вместо этого версию Liquid.</translation>
    </message>
    <message>
        <source>Next, in Mailchimp: Audience &gt; Import contacts &gt; Upload a file, choose the offer file, match the columns (they are already named as merge fields: FNAME, DISCOUNT, REC1NAME …) and tag the contacts with the campaign&apos;s name. Then send your e-mail to that tag.</source>
        <translation>Дальше в Mailchimp: Audience &gt; Import contacts &gt; Upload a file, выберите файл предложения, сопоставьте столбцы (они уже названы как поля слияния: FNAME, DISCOUNT, REC1NAME …) и пометьте контакты тегом с названием кампании. Затем отправьте письмо по этому тегу.</translation>
    </message>
    <message>
        <source>Next, in Klaviyo: Lists &amp; segments &gt; Create new &gt; List, then Import contacts and upload the offer file. The extra columns become profile properties you can use in the e-mail.</source>
        <translation>Дальше в Klaviyo: Lists &amp; segments &gt; Create new &gt; List, затем Import contacts и загрузите файл предложения. Дополнительные столбцы станут свойствами профилей, которые можно использовать в письме.</translation>
    </message>
    <message>
        <source>Next, in Shopify: Customers &gt; Import, upload the offer file and tick &quot;Overwrite existing customers&quot; so they get the tag (their existing tags are kept in the file). Then use the tag in Shopify Email or your e-mail app.</source>
        <translation>Дальше в Shopify: Customers &gt; Import, загрузите файл предложения и отметьте «Overwrite existing customers», чтобы клиенты получили тег (их прежние теги в файле сохранены). Затем используйте тег в Shopify Email или своей программе рассылок.</translation>
    </message>
    <message>
        <source>Next: import the file into your e-mail tool (it has one row per customer with their e-mail, name, discount and picks), or use it for a letter or phone campaign.</source>
        <translation>Дальше: импортируйте файл в свою программу рассылок (одна строка на клиента с e-mail, именем, скидкой и подборкой) или используйте его для кампании по почте или телефону.</translation>
    </message>
    <message>
        <source>Next: open the file in Excel or import it into your e-mail tool (one row per customer with their e-mail, name, discount and picks).</source>
        <translation>Дальше: откройте файл в Excel или импортируйте его в свою программу рассылок (одна строка на клиента с e-mail, именем, скидкой и подборкой).</translation>
    </message>
    <message>
        <source>The .control.csv file lists the control group: customers chosen at random who must NOT get this offer. Do not upload or mail it. Comparing them with those mailed shows what the offer really did, beyond what customers would have bought anyway.</source>
        <translation>Файл .control.csv содержит контрольную группу: случайно выбранных клиентов, которые НЕ должны получить это предложение. Не загружайте его и не отправляйте им письмо. Сравнение с теми, кому письмо отправили, показывает, что на самом деле дало предложение сверх того, что клиенты купили бы и так.</translation>
    </message>
    <message>
        <source>The .codes-shopify.csv file holds every customer&apos;s coupon code for a bulk import with the Matrixify app (Discounts); import it before sending, so the codes work at checkout.</source>
        <translation>Файл .codes-shopify.csv содержит промокод каждого клиента для массового импорта приложением Matrixify (Discounts); импортируйте его до отправки, чтобы коды работали при оформлении заказа.</translation>
    </message>
    <message>
        <source>The .codes-woocommerce.csv file holds every customer&apos;s coupon (single use, limited to their e-mail) for a coupon import plugin; import it before sending, so the codes work at checkout.</source>
        <translation>Файл .codes-woocommerce.csv содержит купон каждого клиента (одноразовый, только для его e-mail) для импорта плагином купонов; импортируйте его до отправки, чтобы коды работали при оформлении заказа.</translation>
    </message>
    <message>
        <source>Results appear on the Campaigns screen once you import the orders placed after the send date.</source>
        <translation>Результаты появятся на экране «Кампании», когда вы импортируете заказы, сделанные после даты отправки.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>The columns were not recognised: they look most like a {0}, but the file has no column for {1}. On the next page, say which column holds what.</source>
        <translation>Столбцы не распознаны: они больше всего похожи на формат {0}, но в файле нет столбца для: {1}. На следующей странице укажите, какой столбец что содержит.</translation>
    </message>
    <message>
        <source>Check how the file is read</source>
        <translation>Проверьте, как читается файл</translation>
    </message>
    <message>
        <source>Shopkeeper guessed these settings from the file. If the columns below look wrong, change a setting.</source>
        <translation>Shopkeeper определил эти настройки по файлу. Если колонки ниже выглядят неправильно, измените настройку.</translation>
    </message>
    <message>
        <source>Point (12.50)</source>
        <translation>Точка (12.50)</translation>
    </message>
    <message>
        <source>Comma (12,50)</source>
        <translation>Запятая (12,50)</translation>
    </message>
    <message>
        <source>Automatic / ISO (2025-03-04)</source>
        <translation>Автоматически / ISO (2025-03-04)</translation>
    </message>
    <message>
        <source>Day first (04.03.2025, 4/3/2025)</source>
        <translation>Сначала день (04.03.2025, 4/3/2025)</translation>
    </message>
    <message>
        <source>Month first (3/4/2025)</source>
        <translation>Сначала месяц (3/4/2025)</translation>
    </message>
    <message>
        <source>As in the file (or the format&apos;s usual one)</source>
        <translation>Как в файле (или обычная для формата)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Кодировка:</translation>
    </message>
    <message>
        <source>Columns separated by:</source>
        <translation>Разделитель колонок:</translation>
    </message>
    <message>
        <source>Decimal separator:</source>
        <translation>Десятичный разделитель:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Даты:</translation>
    </message>
    <message>
        <source>Currency when the file has none:</source>
        <translation>Валюта, если в файле её нет:</translation>
    </message>
    <message>
        <source>As Shopkeeper reads it</source>
        <translation>Как это читает Shopkeeper</translation>
    </message>
    <message>
        <source>As in the file</source>
        <translation>Как в файле</translation>
    </message>
    <message>
        <source>The file is read piece by piece, so its size is not limited by memory; you can cancel at any time and the shop stays as it was.</source>
        <translation>Файл читается по частям, поэтому его размер не ограничен памятью; отменить можно в любой момент, и магазин останется как был.</translation>
    </message>
    <message>
        <source>The columns were not recognised: on the next page, say which column holds what.</source>
        <translation>Колонки не распознаны: на следующей странице укажите, что в какой колонке.</translation>
    </message>
    <message>
        <source>The file does not say which currency its amounts are in: please choose the currency above.</source>
        <translation>В файле не указано, в какой валюте суммы: выберите валюту выше.</translation>
    </message>
    <message>
        <source>Amounts without a currency column are read as {0}, as the file&apos;s language suggests; change it above if that is wrong.</source>
        <translation>Суммы без столбца валюты читаются как {0}, как подсказывает язык файла; если это неверно, измените выше.</translation>
    </message>
    <message>
        <source>Every date could be read day-first or month-first (like 03/04). Please choose the date order above.</source>
        <translation>Каждую дату можно прочитать и как день-месяц, и как месяц-день (например, 03/04). Выберите порядок в дате выше.</translation>
    </message>
    <message>
        <source>These files are joined:</source>
        <translation>Эти файлы объединяются:</translation>
    </message>
</context>
<context>
    <name>ProfileWindow</name>
    <message>
        <source>Customer {0}</source>
        <translation>Покупатель {0}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Export this customer&apos;s data…</source>
        <translation>Экспортировать данные клиента…</translation>
    </message>
    <message>
        <source>Everything the shop holds about them, as a JSON or CSV file (when a customer asks for their data).</source>
        <translation>Всё, что магазин хранит о клиенте, в файле JSON или CSV (когда клиент запрашивает свои данные).</translation>
    </message>
    <message>
        <source>Erase this customer…</source>
        <translation>Удалить клиента…</translation>
    </message>
    <message>
        <source>Remove them from this shop and its backups for good (when a customer asks to be forgotten).</source>
        <translation>Навсегда удалить его из магазина и резервных копий (когда клиент просит его забыть).</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer: {0}</source>
        <translation>Покупатель: {0}</translation>
    </message>
    <message>
        <source>{platform} no. {number}</source>
        <translation>{platform} № {number}</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{0}&lt;/h2&gt;{1} · {2} · customer no. {3} · sources: {4}</source>
        <translation>&lt;h2&gt;{0}&lt;/h2&gt;{1} · {2} · покупатель № {3} · источники: {4}</translation>
    </message>
    <message>
        <source>no e-mail</source>
        <translation>нет e-mail</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>{purchases} (of {orders} orders incl. returns/cancelled)</source>
        <translation>{purchases} (из {orders} заказов, включая возвраты/отменённые)</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <source>Orders that count: not cancelled and not only returns. The Orders tab lists every order: {orders}, of them {cancelled} cancelled and {returns} returns.</source>
        <translation>Заказы, которые учитываются: не отменённые и не только возвраты. На вкладке заказов — все: {orders}, из них отменённых: {cancelled}, возвратов: {returns}.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>All orders ({0})</source>
        <translation>Все заказы ({0})</translation>
    </message>
    <message>
        <source>Every order of this customer, including cancelled ones and returns</source>
        <translation>Все заказы этого покупателя, включая отменённые и возвраты</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Потрачено</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Последний заказ</translation>
    </message>
    <message>
        <source>Usually orders every</source>
        <translation>Обычно заказывает каждые</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>Средний заказ</translation>
    </message>
    <message>
        <source>Predicted value (12 months)</source>
        <translation>Прогноз ценности (12 месяцев)</translation>
    </message>
    <message>
        <source>Chance still a customer</source>
        <translation>Вероятность, что ещё покупатель</translation>
    </message>
    <message>
        <source>Next order expected</source>
        <translation>Следующий заказ ожидается</translation>
    </message>
    <message>
        <source>not soon</source>
        <translation>не скоро</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Прогнозы</translation>
    </message>
    <message>
        <source>too little history for predictions</source>
        <translation>слишком короткая история для прогнозов</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Что делать:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>This customer has no counted orders yet.</source>
        <translation>У этого покупателя пока нет учтённых заказов.</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>учтён</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <source>return</source>
        <translation>возврат</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Lines ({0})</source>
        <translation>Позиции ({0})</translation>
    </message>
    <message>
        <source>Favourite products</source>
        <translation>Любимые товары</translation>
    </message>
    <message>
        <source>Favourite categories</source>
        <translation>Любимые категории</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Любимое</translation>
    </message>
    <message>
        <source>No suggestions yet: this customer has no counted orders.</source>
        <translation>Предложений пока нет: у этого клиента нет учитываемых заказов.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>Products this customer is likely to buy next, best first: their own products they are likely to buy again and products new to them. Each says why it was picked.</source>
        <translation>Товары, которые этот покупатель, вероятно, купит следующими, лучшие первыми: его собственные товары, которые он, вероятно, купит снова, и новые для него товары. Для каждого указано, почему он выбран.</translation>
    </message>
    <message>
        <source>Picks</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Buy again</source>
        <translation>Купить снова</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Открыть новое</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Export this customer&apos;s data</source>
        <translation>Экспорт данных клиента</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved to {0}. Send it to the customer securely.</source>
        <translation>Сохранено в {0}. Передайте файл клиенту безопасным способом.</translation>
    </message>
    <message>
        <source>Erase this customer?</source>
        <translation>Удалить этого клиента?</translation>
    </message>
    <message>
        <source>Their name, e-mail, address and platform ids are removed from this shop and its backups, and cannot be brought back. Their orders stay, without anything that names them, so your sales figures do not change.

Importing an old export that lists them would add them again.</source>
        <translation>Имя, e-mail, адрес и идентификаторы платформы будут удалены из магазина и резервных копий без возможности восстановления. Заказы останутся, но без данных, указывающих на клиента, поэтому ваши показатели продаж не изменятся.

Импорт старой выгрузки, где есть этот клиент, добавит его снова.</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Удаление…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Customer erased&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Клиент удалён&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Erased from the shop and {0} backup(s); the orders stay without their name.</source>
        <translation>Удалён из магазина и резервных копий ({0}); заказы остаются без имени клиента.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>{0} — {1} lines</source>
        <translation>{0} — строк: {1}</translation>
    </message>
    <message>
        <source>Not counted as products (postage, fees, tips, gift cards, shipping protection …). Untick a line that is a real product:</source>
        <translation>Не считаются товарами (доставка, сборы, чаевые, подарочные карты, страховка доставки …). Снимите отметку с позиции, которая является настоящим товаром:</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <source>Save rejected rows…</source>
        <translation>Сохранить отклонённые строки…</translation>
    </message>
    <message>
        <source>Go to Customers</source>
        <translation>Перейти к покупателям</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; ({1})</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; ({1})</translation>
    </message>
    <message>
        <source>{0:,} rows read</source>
        <translation>Прочитано строк: {0:,}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; orders added, &lt;b&gt;{1:,}&lt;/b&gt; updated</source>
        <translation>Добавлено заказов: &lt;b&gt;{0:,}&lt;/b&gt;, обновлено: &lt;b&gt;{1:,}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{0:,} order lines added</source>
        <translation>Добавлено позиций заказов: {0:,}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; new customers</source>
        <translation>Новых покупателей: &lt;b&gt;{0:,}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Product catalog: &lt;b&gt;{0:,}&lt;/b&gt; products added, &lt;b&gt;{1:,}&lt;/b&gt; already in the shop updated</source>
        <translation>Каталог товаров: добавлено &lt;b&gt;{0:,}&lt;/b&gt; товаров, обновлено &lt;b&gt;{1:,}&lt;/b&gt; уже имевшихся</translation>
    </message>
    <message>
        <source>{0:,} existing customers updated</source>
        <translation>Обновлено существующих покупателей: {0:,}</translation>
    </message>
    <message>
        <source>{0:,} rows without a customer, kept for product statistics</source>
        <translation>Строк без покупателя (сохранены для статистики товаров): {0:,}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; rows skipped</source>
        <translation>Пропущено строк: &lt;b&gt;{0:,}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>E-mail marketing consent in the shop: &lt;b&gt;{0:,}&lt;/b&gt; yes, &lt;b&gt;{1:,}&lt;/b&gt; no, &lt;b&gt;{2:,}&lt;/b&gt; unknown (unknown is not consent: offer files leave them out)</source>
        <translation>Согласие на e-mail-рассылки в магазине: &lt;b&gt;{0:,}&lt;/b&gt; да, &lt;b&gt;{1:,}&lt;/b&gt; нет, &lt;b&gt;{2:,}&lt;/b&gt; неизвестно (неизвестное согласие — не согласие: файлы предложений их пропускают)</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Сохранить отклонённые строки</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Same as the computer ({language})</source>
        <translation>Как на компьютере ({language})</translation>
    </message>
    <message>
        <source>Some texts change after Shopkeeper is restarted.</source>
        <translation>Некоторые надписи изменятся после перезапуска Shopkeeper.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Language of the app:</source>
        <translation>Язык приложения:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Создать резервную копию</translation>
    </message>
    <message>
        <source>Restore backup…</source>
        <translation>Восстановить из копии…</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Ваши данные</translation>
    </message>
    <message>
        <source>All shops, backups and exports are kept in this folder:</source>
        <translation>Все магазины, резервные копии и выгрузки хранятся в этой папке:</translation>
    </message>
    <message>
        <source>Count cancelled and refunded orders in the analyses</source>
        <translation>Учитывать в анализе отменённые и возвращённые заказы</translation>
    </message>
    <message>
        <source>Usually off: a cancelled order is not a real purchase.</source>
        <translation>Обычно выключено: отменённый заказ — не настоящая покупка.</translation>
    </message>
    <message>
        <source>Analyses</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <source>Open shop: {path}</source>
        <translation>Открытый магазин: {path}</translation>
    </message>
    <message>
        <source>Open a shop to back it up or change its settings.</source>
        <translation>Откройте магазин, чтобы сделать его копию или изменить настройки.</translation>
    </message>
    <message>
        <source>{date} {time} — {reason} — {size} MB</source>
        <translation>{date} {time} — {reason} — {size} МБ</translation>
    </message>
    <message>
        <source>backed up by you</source>
        <translation>создана вами</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>перед импортом</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>перед обновлением</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message>
        <source>before erasing data</source>
        <translation>перед удалением данных</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Backup made.</source>
        <translation>Резервная копия создана.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <source>Replace the shop&apos;s data with the backup from {when}? The current data is backed up first, so you can undo this.</source>
        <translation>Заменить данные магазина копией от {when}? Текущие данные сначала будут сохранены в копию, так что это можно отменить.</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Копия восстановлена.</translation>
    </message>
</context>
<context>
    <name>ShopView</name>
    <message>
        <source>Stopped before this was worked out.</source>
        <translation>Остановлено до того, как это было рассчитано.</translation>
    </message>
</context>
<context>
    <name>ValidatePage</name>
    <message>
        <source>Check before importing</source>
        <translation>Проверьте перед импортом</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>Пока ничего не изменено.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Reading the whole file… ({0})</source>
        <translation>Чтение всего файла… ({0})</translation>
    </message>
    <message>
        <source>Reading the whole file…</source>
        <translation>Читаем весь файл…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; rows read, &lt;b&gt;{1:,}&lt;/b&gt; usable</source>
        <translation>Прочитано строк: &lt;b&gt;{0:,}&lt;/b&gt;, пригодных: &lt;b&gt;{1:,}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; orders, &lt;b&gt;{1:,}&lt;/b&gt; customers</source>
        <translation>Заказов: &lt;b&gt;{0:,}&lt;/b&gt;, покупателей: &lt;b&gt;{1:,}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Orders from &lt;b&gt;{0}&lt;/b&gt; to &lt;b&gt;{1}&lt;/b&gt;</source>
        <translation>Заказы с &lt;b&gt;{0}&lt;/b&gt; по &lt;b&gt;{1}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{0} orders</source>
        <translation>заказов: {0}</translation>
    </message>
    <message>
        <source>Currencies: {0}</source>
        <translation>Валюты: {0}</translation>
    </message>
    <message>
        <source>Cancelled, refunded or voided orders: {0:,} (kept, but not counted as revenue)</source>
        <translation>Отменённые, возвращённые или аннулированные заказы: {0:,} (сохранены, но не входят в выручку)</translation>
    </message>
    <message>
        <source>Rows without a customer: {0:,} (they count for products only)</source>
        <translation>Строки без покупателя: {0:,} (учитываются только для товаров)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rows that will be skipped:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Строки, которые будут пропущены:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Проблем не найдено.</translation>
    </message>
    <message>
        <source>Go back and choose the date order.</source>
        <translation>Вернитесь и выберите порядок в дате.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Shopkeeper</source>
        <translation>Добро пожаловать в Shopkeeper</translation>
    </message>
    <message>
        <source>Know every customer of your online shop: who buys, who is drifting away, what sells together. Your data never leaves this computer.</source>
        <translation>Знайте каждого покупателя своего интернет-магазина: кто покупает, кто отдаляется, что продаётся вместе. Ваши данные никогда не покидают этот компьютер.</translation>
    </message>
    <message>
        <source>Import your shop&apos;s orders</source>
        <translation>Импортируйте заказы своего магазина</translation>
    </message>
    <message>
        <source>From Shopify, WooCommerce, PrestaShop
or any CSV or Excel export</source>
        <translation>Из Shopify, WooCommerce, PrestaShop
или любой выгрузки CSV или Excel</translation>
    </message>
    <message>
        <source>Explore the demo shop</source>
        <translation>Посмотреть демо-магазин</translation>
    </message>
    <message>
        <source>A real small gift shop with 262 customers,
ready to try every screen</source>
        <translation>Настоящий небольшой магазин подарков, 262 покупателя,
можно попробовать каждый экран</translation>
    </message>
    <message>
        <source>Open a shop file…</source>
        <translation>Открыть файл магазина…</translation>
    </message>
    <message>
        <source>Recent shops</source>
        <translation>Недавние магазины</translation>
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
        <translation>Отменено; ничего не изменено.</translation>
    </message>
    <message>
        <source>The computer ran out of memory for this task.</source>
        <translation>Компьютеру не хватило памяти для этой задачи.</translation>
    </message>
    <message>
        <source>The file could not be read or written: {0}</source>
        <translation>Не удалось прочитать или записать файл: {0}</translation>
    </message>
    <message>
        <source>Something went wrong ({0}). Your data is unchanged.</source>
        <translation>Что-то пошло не так ({0}). Ваши данные не изменены.</translation>
    </message>
</context>
<context>
    <name>glossary</name>
    <message>
        <source>Confidence: of the orders with the first product, the share that also had the second (60% = 6 in 10 such orders).</source>
        <translation>Достоверность: доля заказов с первым товаром, в которых был и второй (60% = 6 из 10 таких заказов).</translation>
    </message>
    <message>
        <source>Lift: how many times more often two products are bought together than if customers picked them at random; above 1 they go together, 3× is strong.</source>
        <translation>Лифт: во сколько раз чаще два товара покупают вместе, чем если бы покупатели выбирали их случайно; больше 1 — они связаны, 3× — сильная связь.</translation>
    </message>
    <message>
        <source>Silhouette: how clearly the customer groups differ, from -1 to 1; above 0.5 the groups are clearly apart, below 0.25 they overlap.</source>
        <translation>Силуэт: насколько чётко различаются группы покупателей, от -1 до 1; выше 0,5 группы явно разделены, ниже 0,25 — пересекаются.</translation>
    </message>
    <message>
        <source>Quintiles: customers are ranked and cut into five groups of equal size; 5 is the best fifth, 1 the lowest.</source>
        <translation>Квинтили: покупатели упорядочены и разделены на пять равных групп; 5 — лучшая пятая часть, 1 — самая слабая.</translation>
    </message>
    <message>
        <source>R F M scores from 1 to 5: R how recently they bought, F how often, M how much they spent; 5 is the best fifth of your customers.</source>
        <translation>Оценки R F M от 1 до 5: R — как давно покупал, F — как часто, M — сколько потратил; 5 — лучшая пятая часть ваших покупателей.</translation>
    </message>
    <message>
        <source>Control group: customers picked at random and not sent the offer, so you can compare and see what the offer itself changed.</source>
        <translation>Контрольная группа: случайно выбранные покупатели, которым предложение не отправляют, чтобы сравнить и увидеть, что изменило само предложение.</translation>
    </message>
    <message>
        <source>Chance still a customer: how likely it is, from their buying rhythm so far, that they will buy from you again rather than having quietly left.</source>
        <translation>Вероятность, что ещё покупатель: насколько вероятно, судя по прежнему ритму покупок, что он снова купит у вас, а не тихо ушёл.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>bestseller in the same category</source>
        <translation>бестселлер той же категории</translation>
    </message>
    <message>
        <source>pinned by you</source>
        <translation>закреплено вами</translation>
    </message>
    <message>
        <source>bought together</source>
        <translation>покупают вместе</translation>
    </message>
    <message>
        <source>bestseller with the customers who buy it</source>
        <translation>бестселлер среди покупателей этого товара</translation>
    </message>
    <message>
        <source>shop bestseller</source>
        <translation>бестселлер магазина</translation>
    </message>
    <message>
        <source>All customers with an order</source>
        <translation>Все покупатели с заказом</translation>
    </message>
    <message>
        <source>Cluster {number}</source>
        <translation>Группа {number}</translation>
    </message>
    <message>
        <source>Customers in {country}</source>
        <translation>Покупатели из страны: {country}</translation>
    </message>
    <message>
        <source>Choose an audience (a segment or a list) for the offer.</source>
        <translation>Выберите аудиторию предложения (сегмент или список).</translation>
    </message>
    <message>
        <source>There is no audience called &apos;{name}&apos; in this shop; choose one of: {known}.</source>
        <translation>В этом магазине нет аудитории &apos;{name}&apos;; выберите одну из: {known}.</translation>
    </message>
    <message>
        <source>Refill due (usually rebuys a product they bought about now)</source>
        <translation>Пора пополнить (обычно примерно сейчас снова покупает купленный товар)</translation>
    </message>
    <message>
        <source>{first} + {second}</source>
        <translation>{first} + {second}</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}), so it cannot be restored.</source>
        <translation>Не удаётся прочитать файл {file} ({reason}), поэтому его нельзя восстановить.</translation>
    </message>
    <message>
        <source>The backup {file} is damaged and cannot be restored.</source>
        <translation>Резервная копия {file} повреждена, и её нельзя восстановить.</translation>
    </message>
    <message>
        <source>The backup {file} is damaged (it is no longer a database file) and cannot be restored.</source>
        <translation>Резервная копия {file} повреждена (это больше не файл базы данных), и её нельзя восстановить.</translation>
    </message>
    <message>
        <source>The backup of {file} was not made because the disk is full; free some space on the disk that holds {folder} and try again.</source>
        <translation>Резервная копия {file} не создана, потому что диск заполнен; освободите место на диске, где находится {folder}, и попробуйте снова.</translation>
    </message>
    <message>
        <source>The backup of {file} was not made because {folder} cannot be written (read-only or without permission); choose a shop folder you can write to.</source>
        <translation>Резервная копия {file} не создана, потому что в {folder} нельзя записывать (только для чтения или нет прав); выберите для магазина папку, в которую можно записывать.</translation>
    </message>
    <message>
        <source>An in-memory shop cannot be backed up.</source>
        <translation>Нельзя создать резервную копию магазина, который существует только в памяти.</translation>
    </message>
    <message>
        <source>The backup {file} was made by a newer Shopkeeper (schema {schema}, this one reads up to {supported}); update the app to restore it.</source>
        <translation>Резервная копия {file} создана более новой версией Shopkeeper (схема {schema}, эта версия читает до {supported}); обновите приложение, чтобы её восстановить.</translation>
    </message>
    <message>
        <source>There is no shop database at {path} to back up.</source>
        <translation>По пути {path} нет базы данных магазина для резервного копирования.</translation>
    </message>
    <message>
        <source>There is no backup called {name} (latest backups: {latest}).</source>
        <translation>Нет резервной копии с именем {name} (последние копии: {latest}).</translation>
    </message>
    <message>
        <source>There is no backup called {name} (latest backups: none).</source>
        <translation>Нет резервной копии с именем {name} (последние копии: нет).</translation>
    </message>
    <message>
        <source>{file} is not a Shopkeeper backup (it is not a database file), so nothing was restored.</source>
        <translation>{file} — не резервная копия Shopkeeper (это не файл базы данных), поэтому ничего не восстановлено.</translation>
    </message>
    <message>
        <source>{file} could not be backed up because it is not a readable database.</source>
        <translation>Не удалось создать резервную копию {file}, потому что это не читаемая база данных.</translation>
    </message>
    <message>
        <source>{file} is a database of another program, not a Shopkeeper backup, so nothing was restored.</source>
        <translation>{file} — база данных другой программы, а не резервная копия Shopkeeper, поэтому ничего не восстановлено.</translation>
    </message>
    <message>
        <source>This shop is being changed by another window or program; close it and try the restore again.</source>
        <translation>Этот магазин сейчас изменяется в другом окне или программе; закройте его и повторите восстановление.</translation>
    </message>
    <message>
        <source>The backup was not restored because the disk is full; the shop is as it was. Free some space and try again.</source>
        <translation>Резервная копия не восстановлена, потому что диск заполнен; магазин остался прежним. Освободите место и попробуйте снова.</translation>
    </message>
    <message>
        <source>The backup {file} could not be restored ({reason}).</source>
        <translation>Не удалось восстановить резервную копию {file} ({reason}).</translation>
    </message>
    <message>
        <source>The backup {file} could not be restored: {reason}.</source>
        <translation>Не удалось восстановить резервную копию {file}: {reason}.</translation>
    </message>
    <message>
        <source>The backup of {file} could not be written to {folder} ({reason}); check that the folder is writable and the disk has room.</source>
        <translation>Не удалось записать резервную копию {file} в {folder} ({reason}); проверьте, что в папку можно записывать и на диске есть место.</translation>
    </message>
    <message>
        <source>Bestsellers can be listed for the shop, per country or per segment, not per “{by}”.</source>
        <translation>Хиты продаж можно показать для всего магазина, по странам или по сегментам, но не по «{by}».</translation>
    </message>
    <message>
        <source>A coupon code prefix may hold letters and digits only, at most 12 (like WINBACK).</source>
        <translation>Префикс промокода может содержать только буквы и цифры, не более 12 (например, WINBACK).</translation>
    </message>
    <message>
        <source>There is no campaign number {id} in this shop.</source>
        <translation>В этом магазине нет кампании номер {id}.</translation>
    </message>
    <message>
        <source>&apos;{platform}&apos; has no codes file; choose one of {known}.</source>
        <translation>Для &apos;{platform}&apos; нет файла кодов; выберите одно из: {known}.</translation>
    </message>
    <message>
        <source>The window must be between 1 and 365 days.</source>
        <translation>Период должен быть от 1 до 365 дней.</translation>
    </message>
    <message>
        <source>No control group in an audience this size would show a difference of {effect} points.</source>
        <translation>Ни одна контрольная группа в аудитории такого размера не покажет разницу в {effect} п. п.</translation>
    </message>
    <message>
        <source>To see a difference of {effect} points, hold out about {needed} customers.</source>
        <translation>Чтобы увидеть разницу в {effect} п. п., оставьте в контрольной группе около {needed} клиентов.</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <source>With {control} customers held out and {mailed} mailed, only a difference in the order rate above {points} points would show.</source>
        <translation>Если в контрольной группе {control} клиентов, а письмо получат {mailed}, будет заметна только разница доли заказавших больше {points} п. п.</translation>
    </message>
    <message>
        <source>This audience is too small for any test: the results will not tell whether the offer worked. You can still send it.</source>
        <translation>Эта аудитория слишком мала для любой проверки: результаты не покажут, сработало ли предложение. Отправить его всё равно можно.</translation>
    </message>
    <message>
        <source>Comparing the groups</source>
        <translation>Сравниваю группы</translation>
    </message>
    <message>
        <source>Reading the orders since each campaign</source>
        <translation>Читаю заказы с начала каждой кампании</translation>
    </message>
    <message>
        <source>{mailed} of those mailed ordered within {days} days, {control} of the control</source>
        <translation>{mailed} получивших письмо сделали заказ в течение {days} дн., в контрольной группе {control}</translation>
    </message>
    <message>
        <source>{mailed} of group {group} ordered within {days} days, {control} of the control</source>
        <translation>{mailed} из группы {group} сделали заказ в течение {days} дн., в контрольной группе {control}</translation>
    </message>
    <message>
        <source>{rates}: about {points} points fewer (between {low} and {high}). The mailing did not help.</source>
        <translation>{rates}: примерно на {points} п. п. меньше (от {low} до {high}). Рассылка не помогла.</translation>
    </message>
    <message>
        <source>This campaign has no control group, so its effect cannot be measured.</source>
        <translation>У этой кампании нет контрольной группы, поэтому её эффект измерить нельзя.</translation>
    </message>
    <message>
        <source>No orders from after the send date ({day}) are in the shop yet; import the latest orders to see the results.</source>
        <translation>В магазине пока нет заказов после даты отправки ({day}); импортируйте последние заказы, чтобы увидеть результаты.</translation>
    </message>
    <message>
        <source>{sentence} Not final yet: the window ends on {day}.</source>
        <translation>{sentence} Это ещё не окончательный итог: период заканчивается {day}.</translation>
    </message>
    <message>
        <source>Too few customers to tell yet: with groups this size only a difference above {points} points would show.</source>
        <translation>Пока слишком мало клиентов, чтобы судить: при группах такого размера заметна только разница больше {points} п. п.</translation>
    </message>
    <message>
        <source>{rates}: no clear difference (between {low} and {high} points).</source>
        <translation>{rates}: явной разницы нет (от {low} до {high} п. п.).</translation>
    </message>
    <message>
        <source>{rates}: about {points} points more (between {low} and {high}). It worked.</source>
        <translation>{rates}: примерно на {points} п. п. больше (от {low} до {high}). Сработало.</translation>
    </message>
    <message>
        <source>Can you trust the predictions? Predicted vs actual in a test period</source>
        <translation>Можно ли доверять прогнозам? Прогноз и факт за тестовый период</translation>
    </message>
    <message>
        <source>Predicted customer value over the next 12 months</source>
        <translation>Прогноз ценности покупателей на следующие 12 месяцев</translation>
    </message>
    <message>
        <source>Do customers come back? Retention by month of first order</source>
        <translation>Возвращаются ли покупатели? Удержание по месяцу первого заказа</translation>
    </message>
    <message>
        <source>How long between orders? Your shop&apos;s buying cycle</source>
        <translation>Сколько проходит между заказами? Цикл покупок вашего магазина</translation>
    </message>
    <message>
        <source>Which products go together</source>
        <translation>Какие товары сочетаются</translation>
    </message>
    <message>
        <source>Do the recommendations work? App vs best-sellers vs random</source>
        <translation>Работают ли рекомендации? Приложение, хиты и случайный выбор</translation>
    </message>
    <message>
        <source>Revenue and orders by month</source>
        <translation>Выручка и заказы по месяцам</translation>
    </message>
    <message>
        <source>Recency × frequency: where your customers are</source>
        <translation>Давность × частота: где ваши покупатели</translation>
    </message>
    <message>
        <source>Customer segments: how many, and their share of revenue</source>
        <translation>Сегменты покупателей: сколько их и какова их доля выручки</translation>
    </message>
    <message>
        <source>Products most often bought together</source>
        <translation>Товары, которые чаще всего покупают вместе</translation>
    </message>
    <message>
        <source>Best-selling products by revenue</source>
        <translation>Самые продаваемые товары по выручке</translation>
    </message>
    <message>
        <source>Add --yes to erase a customer when not running interactively.</source>
        <translation>Добавьте --yes, чтобы удалить клиента при неинтерактивном запуске.</translation>
    </message>
    <message>
        <source>Say which customer to erase: --email ADDRESS or --id NUMBER.</source>
        <translation>Укажите, какого клиента удалить: --email АДРЕС или --id НОМЕР.</translation>
    </message>
    <message>
        <source>Finished {count} erase(s) that had been interrupted.</source>
        <translation>Завершены прерванные удаления (число: {count}).</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; is not a FIELD=COLUMN mapping; fields are: {fields}.</source>
        <translation>«{item}» — не сопоставление вида FIELD=COLUMN (поле=столбец); поля: {fields}.</translation>
    </message>
    <message>
        <source>{problem} Run the import again with --date-order dmy (day first, 03/04 = 3 April) or --date-order mdy (month first, 03/04 = 4 March).</source>
        <translation>{problem} Запустите импорт снова с --date-order dmy (сначала день, 03/04 = 3 апреля) или --date-order mdy (сначала месяц, 03/04 = 4 марта).</translation>
    </message>
    <message>
        <source>{problem} Columns not placed: {fields}; name them with {maps} (add --currency CODE when the file has no currency column).</source>
        <translation>{problem} Не сопоставлены столбцы: {fields}; укажите их с помощью {maps} (добавьте --currency КОД, если в файле нет столбца валюты).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation>&apos;{text}&apos; — это не дата; запишите её как ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date; write it like 2024-11-01.</source>
        <translation>&apos;{text}&apos; — это не дата; напишите её, например, так: 2024-11-01.</translation>
    </message>
    <message>
        <source>A movement is two segment keys like champions:at_risk (new:promising for new customers).</source>
        <translation>Переход — это два ключа сегментов, например champions:at_risk (new:promising для новых клиентов).</translation>
    </message>
    <message>
        <source>There is no shop database at {path}; import a file first (python -m core import FILE --db {path}).</source>
        <translation>По пути {path} нет базы данных магазина; сначала импортируйте файл (python -m core import FILE --db {path}).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not CODE=RATE, such as EUR=4.30.</source>
        <translation>«{text}» — не в виде CODE=RATE (код=курс), например EUR=4.30.</translation>
    </message>
    <message>
        <source>The date {date} is not a date like 2011-06-01.</source>
        <translation>{date} — не дата вида 2011-06-01.</translation>
    </message>
    <message>
        <source>Say which customer with --customer ID (or use --evaluate, --bestsellers or --refills).</source>
        <translation>Укажите клиента через --customer ID (или используйте --evaluate, --bestsellers или --refills).</translation>
    </message>
    <message>
        <source>A grid cell is two scores like 5,4 (recency, frequency).</source>
        <translation>Ячейка сетки — это две оценки, например 5,4 (давность, частота).</translation>
    </message>
    <message>
        <source>There is no segment &apos;{segment}&apos; in the {scheme} map.</source>
        <translation>На карте {scheme} нет сегмента «{segment}».</translation>
    </message>
    <message>
        <source>At least 10 customers with orders are needed to find groups of customers.</source>
        <translation>Чтобы найти группы покупателей, нужно не меньше 10 покупателей с заказами.</translation>
    </message>
    <message>
        <source>{description}, {part}</source>
        <translation>{description}, {part}</translation>
    </message>
    <message>
        <source>Best customers</source>
        <translation>Лучшие покупатели</translation>
    </message>
    <message>
        <source>Big-basket buyers</source>
        <translation>Покупатели больших корзин</translation>
    </message>
    <message>
        <source>Big spenders gone quiet</source>
        <translation>Крупные покупатели, которые затихли</translation>
    </message>
    <message>
        <source>Big spenders</source>
        <translation>Крупные покупатели</translation>
    </message>
    <message>
        <source>Everyday customers</source>
        <translation>Обычные покупатели</translation>
    </message>
    <message>
        <source>Regulars gone quiet</source>
        <translation>Постоянные покупатели, которые затихли</translation>
    </message>
    <message>
        <source>Lapsed one-off buyers</source>
        <translation>Ушедшие разовые покупатели</translation>
    </message>
    <message>
        <source>Loyal regulars</source>
        <translation>Верные постоянные покупатели</translation>
    </message>
    <message>
        <source>Recent newcomers</source>
        <translation>Недавние новички</translation>
    </message>
    <message>
        <source>{name} {number}</source>
        <translation>{name} {number}</translation>
    </message>
    <message>
        <source>Regulars</source>
        <translation>Постоянные покупатели</translation>
    </message>
    <message>
        <source>Small-basket buyers</source>
        <translation>Покупатели маленьких корзин</translation>
    </message>
    <message>
        <source>high total spend</source>
        <translation>много потратили в сумме</translation>
    </message>
    <message>
        <source>low total spend</source>
        <translation>мало потратили в сумме</translation>
    </message>
    <message>
        <source>mostly {country}</source>
        <translation>в основном {country}</translation>
    </message>
    <message>
        <source>not seen for a long time</source>
        <translation>давно не появлялись</translation>
    </message>
    <message>
        <source>bought recently</source>
        <translation>покупали недавно</translation>
    </message>
    <message>
        <source>Trying {k} groups</source>
        <translation>Пробуем разбить на групп: {k}</translation>
    </message>
    <message>
        <source>Frequent buyers</source>
        <translation>Частые покупатели</translation>
    </message>
    <message>
        <source>Frequent big-basket buyers</source>
        <translation>Частые покупатели с большой корзиной</translation>
    </message>
    <message>
        <source>Frequent small-basket buyers</source>
        <translation>Частые покупатели с маленькой корзиной</translation>
    </message>
    <message>
        <source>Occasional buyers</source>
        <translation>Редкие покупатели</translation>
    </message>
    <message>
        <source>Occasional big-basket buyers</source>
        <translation>Редкие покупатели с большой корзиной</translation>
    </message>
    <message>
        <source>Occasional small-basket buyers</source>
        <translation>Редкие покупатели с маленькой корзиной</translation>
    </message>
    <message>
        <source>Regular buyers</source>
        <translation>Постоянные покупатели</translation>
    </message>
    <message>
        <source>Regular big-basket buyers</source>
        <translation>Постоянные покупатели с большой корзиной</translation>
    </message>
    <message>
        <source>Regular small-basket buyers</source>
        <translation>Постоянные покупатели с маленькой корзиной</translation>
    </message>
    <message>
        <source>Fitted on the history up to {day} and tested on the last {weeks} weeks: the model expected {predicted} repeat orders from {customers} customers and they placed {actual} ({difference} % fewer predicted than actual); per customer it was off by {error} orders on average.</source>
        <translation>Модель обучена на истории до {day} и проверена на последних {weeks} неделях: она ожидала {predicted} повторных заказов от {customers} клиентов, а они сделали {actual} (прогноз на {difference} % меньше фактического); по каждому клиенту она ошибалась в среднем на {error} заказа.</translation>
    </message>
    <message>
        <source>Fitted on the history up to {day} and tested on the last {weeks} weeks: the model expected {predicted} repeat orders from {customers} customers and they placed {actual} ({difference} % more predicted than actual); per customer it was off by {error} orders on average.</source>
        <translation>Модель обучена на истории до {day} и проверена на последних {weeks} неделях: она ожидала {predicted} повторных заказов от {customers} клиентов, а они сделали {actual} (прогноз на {difference} % больше фактического); по каждому клиенту она ошибалась в среднем на {error} заказа.</translation>
    </message>
    <message>
        <source>Too few repeat customers before the test period to test the predictions.</source>
        <translation>До тестового периода слишком мало повторных покупателей, чтобы проверить прогнозы.</translation>
    </message>
    <message>
        <source>Too few repeat customers with a positive spend to model the order value.</source>
        <translation>Слишком мало повторных покупателей с положительными тратами, чтобы смоделировать сумму заказа.</translation>
    </message>
    <message>
        <source>The prediction model could not be fitted to this shop&apos;s order history.</source>
        <translation>Не удалось подобрать модель прогноза по истории заказов этого магазина.</translation>
    </message>
    <message>
        <source>There are no customers to fit the prediction model to.</source>
        <translation>Нет покупателей, по которым можно подобрать модель прогноза.</translation>
    </message>
    <message>
        <source>There are no orders with a known customer to test the predictions on.</source>
        <translation>Нет заказов от известных покупателей, на которых можно проверить прогнозы.</translation>
    </message>
    <message>
        <source>The shop&apos;s history ({days} days) is too short to hold back {weeks} weeks for a test.</source>
        <translation>История магазина (дней: {days}) слишком коротка, чтобы отложить для проверки недель: {weeks}.</translation>
    </message>
    <message>
        <source>Predictions are based on {repeat} repeat customers over {days} days of history.</source>
        <translation>Прогнозы основаны на {repeat} постоянных клиентах за {days} дней истории.</translation>
    </message>
    <message>
        <source>No customers with orders yet, so there is nothing to predict.</source>
        <translation>Пока нет клиентов с заказами, поэтому прогнозировать нечего.</translation>
    </message>
    <message>
        <source>Only {repeat} customers ordered more than once over {days} days of history, so predictions would be rough; the lists use past spending (RFM) instead.</source>
        <translation>Только {repeat} клиентов заказывали больше одного раза за {days} дней истории, поэтому прогнозы были бы грубыми; вместо них списки опираются на прошлые траты (RFM).</translation>
    </message>
    <message>
        <source>Fitting the repeat-purchase model</source>
        <translation>Подбор модели повторных покупок</translation>
    </message>
    <message>
        <source>Fitting the order-value model</source>
        <translation>Подбор модели суммы заказа</translation>
    </message>
    <message>
        <source>Predicting</source>
        <translation>Прогнозирование</translation>
    </message>
    <message>
        <source>Summarising purchases</source>
        <translation>Сводка покупок</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a currency code: use three letters such as EUR or PLN.</source>
        <translation>«{code}» — не код валюты: используйте три буквы, например EUR или PLN.</translation>
    </message>
    <message>
        <source>The rate of {code} must be a positive number, such as 4.30.</source>
        <translation>Курс {code} должен быть положительным числом, например 4.30.</translation>
    </message>
    <message>
        <source>{code} {orders}</source>
        <translation>{code} {orders}</translation>
    </message>
    <message>
        <source>This shop has orders in {currencies} currencies ({listed}); figures are in {main}, converted with the rates you entered.</source>
        <translation>В магазине есть заказы в нескольких валютах (число валют: {currencies}; {listed}); суммы указаны в {main}, пересчитанные по введённым вами курсам.</translation>
    </message>
    <message>
        <source>This shop has orders in {currencies} currencies ({listed}); figures are in {main}, and orders in {missing} are left out until you enter an exchange rate (python -m core rates --set {first}=RATE).</source>
        <translation>В магазине есть заказы в нескольких валютах (число валют: {currencies}; {listed}); суммы указаны в {main}, а заказы в {missing} не учитываются, пока вы не введёте обменный курс (python -m core rates --set {first}=RATE).</translation>
    </message>
    <message>
        <source>{items}, {item}</source>
        <translation>{items}, {item}</translation>
    </message>
    <message>
        <source>Good customers in the &apos;At Risk&apos; and &apos;Can&apos;t Lose Them&apos; segments: they used to buy often but have gone quiet.</source>
        <translation>Хорошие покупатели из сегментов «В зоне риска» и «Нельзя потерять»: раньше покупали часто, а теперь затихли.</translation>
    </message>
    <message>
        <source>Repeat customers silent for more than twice their usual time between orders.</source>
        <translation>Постоянные покупатели, молчащие вдвое дольше обычного промежутка между заказами.</translation>
    </message>
    <message>
        <source>Revenue divided by the number of orders ({orders}).</source>
        <translation>Выручка, делённая на число заказов ({orders}).</translation>
    </message>
    <message>
        <source>People who placed at least one order ({orders} orders in all).</source>
        <translation>Люди, сделавшие хотя бы один заказ (всего заказов: {orders}).</translation>
    </message>
    <message>
        <source>People who placed at least one order ({orders} order in all).</source>
        <translation>Люди, сделавшие хотя бы один заказ (всего заказов: {orders}).</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>Заказов пока нет.</translation>
    </message>
    <message>
        <source>{repeaters} of {customers} customers ordered more than once.</source>
        <translation>{repeaters} из {customers} покупателей заказывали больше одного раза.</translation>
    </message>
    <message>
        <source>No customers yet: import your orders to see how many come back.</source>
        <translation>Покупателей пока нет: импортируйте заказы, чтобы увидеть, сколько возвращается.</translation>
    </message>
    <message>
        <source>Orders in the {days} days up to the last order ({last}).</source>
        <translation>Заказы за {days} дн. до последнего заказа ({last}).</translation>
    </message>
    <message>
        <source>Orders in the {days} days up to the last order ({last}); −{change} on the {days} days before.</source>
        <translation>Заказы за {days} дн. до последнего заказа ({last}); −{change} к предыдущим {days} дн.</translation>
    </message>
    <message>
        <source>Orders in the {days} days up to the last order ({last}); +{change} on the {days} days before.</source>
        <translation>Заказы за {days} дн. до последнего заказа ({last}); +{change} к предыдущим {days} дн.</translation>
    </message>
    <message>
        <source>Your top {top} of customers by spend; together {share} of customer revenue.</source>
        <translation>Лучшие {top} покупателей по тратам; вместе {share} выручки от покупателей.</translation>
    </message>
    <message>
        <source>{explanation} Together {share} of customer revenue.</source>
        <translation>{explanation} Вместе {share} выручки от покупателей.</translation>
    </message>
    <message>
        <source>Deal seeker</source>
        <translation>Охотник за скидками</translation>
    </message>
    <message>
        <source>Full price</source>
        <translation>Полная цена</translation>
    </message>
    <message>
        <source>The deal-seeker threshold must be a share between 0 and 1 (for example 0.5).</source>
        <translation>Порог охотника за скидками должен быть долей от 0 до 1 (например, 0.5).</translation>
    </message>
    <message>
        <source>{seekers} deal seekers and {full_price} full-price buyers; on average {share} of a customer&apos;s orders were on a deal.</source>
        <translation>Охотников за скидками: {seekers}, покупателей по полной цене: {full_price}; в среднем {share} заказов клиента были со скидкой.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Отменено; ничего не изменено.</translation>
    </message>
    <message>
        <source>There are no orders from known customers to test recommendations on.</source>
        <translation>Нет заказов от известных покупателей, на которых можно проверить рекомендации.</translation>
    </message>
    <message>
        <source>No customer bought both before and during the last {weeks} weeks, so there is nothing to test.</source>
        <translation>Ни один покупатель не покупал и до, и во время последних недель (их число: {weeks}), поэтому проверять нечего.</translation>
    </message>
    <message>
        <source>In the last {weeks} weeks, our picks would have named something a customer bought for {app} of {customers} returning customers; shop bestsellers: {bestsellers}, random products: {random} ({ratio}× bestsellers).</source>
        <translation>За последние {weeks} недель наши подборки назвали бы что-то из купленного клиентом для {app} из {customers} вернувшихся клиентов; хиты продаж магазина: {bestsellers}, случайные товары: {random} ({ratio}× хиты продаж).</translation>
    </message>
    <message>
        <source>In the last {weeks} weeks, our picks would have named something a customer bought for {app} of a random sample of {customers} of the {eligible} returning customers; shop bestsellers: {bestsellers}, random products: {random} ({ratio}× bestsellers).</source>
        <translation>За последние {weeks} недель наши подборки назвали бы что-то из купленного клиентом для {app} случайной выборки из {customers} из {eligible} вернувшихся клиентов; хиты продаж магазина: {bestsellers}, случайные товары: {random} ({ratio}× хиты продаж).</translation>
    </message>
    <message>
        <source>Customers whose first order had {product} came back {ratio}× as often as average ({rate} against {shop_rate}, {customers} first buyers).</source>
        <translation>Клиенты, в первом заказе которых был {product}, возвращались в {ratio}× чаще среднего ({rate} против {shop_rate}, первых покупателей: {customers}).</translation>
    </message>
    <message>
        <source>No code</source>
        <translation>Без кода</translation>
    </message>
    <message>
        <source>A grid cell is two scores from 1 to 5 (recency, frequency); {recency},{frequency} is not one.</source>
        <translation>Ячейка сетки — это две оценки от 1 до 5 (давность, частота); {recency},{frequency} ею не является.</translation>
    </message>
    <message>
        <source>no row has an e-mail, a customer id or a phone number</source>
        <translation>ни в одной строке нет e-mail, идентификатора клиента или номера телефона</translation>
    </message>
    <message>
        <source>no row has a date that could be read (check the date column and the date order)</source>
        <translation>ни в одной строке нет читаемой даты (проверьте столбец даты и порядок дня и месяца)</translation>
    </message>
    <message>
        <source>every date is before 1990 or after tomorrow (check the date column and the date order)</source>
        <translation>каждая дата раньше 1990 года или позже завтрашнего дня (проверьте столбец даты и порядок дня и месяца)</translation>
    </message>
    <message>
        <source>the files do not fit together (no item&apos;s order is in the orders file)</source>
        <translation>файлы не подходят друг к другу (заказов позиций нет в файле заказов)</translation>
    </message>
    <message>
        <source>every row has more fields than the header (check the column separator)</source>
        <translation>в каждой строке больше полей, чем в заголовке (проверьте разделитель столбцов)</translation>
    </message>
    <message>
        <source>the file has no column for {missing}, which a {format} has</source>
        <translation>в файле нет столбца для: {missing}, который есть в формате «{format}»</translation>
    </message>
    <message>
        <source>of this problem: {reason}</source>
        <translation>из-за проблемы: {reason}</translation>
    </message>
    <message>
        <source>no row has an order number</source>
        <translation>ни в одной строке нет номера заказа</translation>
    </message>
    <message>
        <source>no row could be used</source>
        <translation>ни одну строку нельзя использовать</translation>
    </message>
    <message>
        <source>no row has a price that reads as a number (check the price column and the decimal separator)</source>
        <translation>ни в одной строке нет цены, которую можно прочитать как число (проверьте столбец цены и десятичный разделитель)</translation>
    </message>
    <message>
        <source>no row names a product (no product name or code)</source>
        <translation>ни в одной строке не указан товар (нет названия или кода товара)</translation>
    </message>
    <message>
        <source>no row has a quantity that reads as a number</source>
        <translation>ни в одной строке нет количества, которое можно прочитать как число</translation>
    </message>
    <message>
        <source>{file} is a folder; please choose a file.</source>
        <translation>{file} — это папка; выберите файл.</translation>
    </message>
    <message>
        <source>set of files that belong together</source>
        <translation>набора связанных файлов</translation>
    </message>
    <message>
        <source>Every date in this file could be read day-first or month-first (for example 03/04); please say which order the dates are in.</source>
        <translation>Каждую дату в этом файле можно прочитать и как день-месяц, и как месяц-день (например, 03/04); укажите, в каком порядке записаны даты.</translation>
    </message>
    <message>
        <source>{file} contains binary data, not text rows.</source>
        <translation>{file} содержит двоичные данные, а не текстовые строки.</translation>
    </message>
    <message>
        <source>{name} is not a complete .gz file (it is cut off or not compressed); download it again.</source>
        <translation>{name} — неполный файл .gz (он обрезан или не сжат); скачайте его ещё раз.</translation>
    </message>
    <message>
        <source>{name} could not be opened as a spreadsheet (it is damaged or not really an Excel file); open it in your spreadsheet program and save it again as .xlsx or CSV.</source>
        <translation>Не удалось открыть {name} как таблицу (файл повреждён или на самом деле не является файлом Excel); откройте его в программе для таблиц и сохраните заново как .xlsx или CSV.</translation>
    </message>
    <message>
        <source>The file {file} does not exist or cannot be read.</source>
        <translation>Файл {file} не существует или не может быть прочитан.</translation>
    </message>
    <message>
        <source>{file} does not say which currency its amounts are in; choose the currency (on the command line: --currency, e.g. --currency PLN).</source>
        <translation>В файле {file} не указано, в какой валюте суммы; выберите валюту (в командной строке: --currency, например --currency PLN).</translation>
    </message>
    <message>
        <source>{file} is damaged part-way through (after {rows} rows); open it in your spreadsheet program and save it again.</source>
        <translation>{file} повреждён посередине (после строк: {rows}); откройте его в программе для таблиц и сохраните заново.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} пуст.</translation>
    </message>
    <message>
        <source>{file} holds a cell with more than a million characters, which no shop export has (it would fill the memory); it is damaged or not an export. Open it in your spreadsheet program, check it and save it again.</source>
        <translation>В {file} есть ячейка длиной более миллиона символов, чего не бывает ни в одной выгрузке магазина (она заполнила бы память); файл повреждён или не является выгрузкой. Откройте его в программе для таблиц, проверьте и сохраните заново.</translation>
    </message>
    <message>
        <source>{name} has a line longer than {megabytes} MB, which no table export has (one row per line); it is damaged or not an export. Export it again.</source>
        <translation>В {name} есть строка длиннее {megabytes} МБ, чего не бывает ни в одной выгрузке таблицы (одна запись на строку); файл повреждён или не является выгрузкой. Выгрузите его заново.</translation>
    </message>
    <message>
        <source>Choose which column of {file} holds what (the column mapping) first.</source>
        <translation>Сначала укажите, какой столбец файла {file} что содержит (сопоставление столбцов).</translation>
    </message>
    <message>
        <source>The column mapping is not complete: {problems}</source>
        <translation>Сопоставление столбцов не завершено: {problems}</translation>
    </message>
    <message>
        <source>{file} is an Excel workbook with the wrong name; rename it to .xlsx (or save it as CSV) and import it again.</source>
        <translation>{file} — книга Excel с неправильным именем; переименуйте её в .xlsx (или сохраните как CSV) и импортируйте снова.</translation>
    </message>
    <message>
        <source>Choose at least one file to import.</source>
        <translation>Выберите хотя бы один файл для импорта.</translation>
    </message>
    <message>
        <source>{file} has no header row.</source>
        <translation>В {file} нет строки заголовков.</translation>
    </message>
    <message>
        <source>{file} has no line break in its first megabyte, so it is not a table export (one row per line); it is damaged or a different kind of file.</source>
        <translation>В первом мегабайте {file} нет ни одного перевода строки, поэтому это не выгрузка таблицы (одна запись на строку); файл повреждён или это файл другого типа.</translation>
    </message>
    <message>
        <source>The file {file} does not exist.</source>
        <translation>Файл {file} не существует.</translation>
    </message>
    <message>
        <source>{file} has a header but no usable rows.</source>
        <translation>В {file} есть заголовок, но нет пригодных строк.</translation>
    </message>
    <message>
        <source>{file} could not be read as a table: {problem}.</source>
        <translation>Не удалось прочитать {file} как таблицу: {problem}.</translation>
    </message>
    <message>
        <source>{file} is not part of an {format}; import it on its own.</source>
        <translation>{file} не входит в набор «{format}»; импортируйте его отдельно.</translation>
    </message>
    <message>
        <source>Shopkeeper does not recognise the columns of {file} ({columns}); choose the format or map the columns by hand.</source>
        <translation>Shopkeeper не распознаёт столбцы файла {file} ({columns}); выберите формат или сопоставьте столбцы вручную.</translation>
    </message>
    <message>
        <source>Shopkeeper does not recognise the columns of {file} ({columns}); it looks most like a {format}, but lacks {lacking}; choose the format or map the columns by hand.</source>
        <translation>Shopkeeper не распознаёт столбцы файла {file} ({columns}); он больше всего похож на формат «{format}», но в нём нет {lacking}; выберите формат или сопоставьте столбцы вручную.</translation>
    </message>
    <message>
        <source>Shopkeeper does not recognise the columns of {file} ({columns}); it looks most like a {format}, but has no column for {missing}; choose the format or map the columns by hand.</source>
        <translation>Shopkeeper не распознаёт столбцы файла {file} ({columns}); он больше всего похож на формат «{format}», но в нём нет столбца для: {missing}; выберите формат или сопоставьте столбцы вручную.</translation>
    </message>
    <message>
        <source>{file} is not a text export (it looks like a spreadsheet, ZIP or PDF file); save it as CSV or open it as .xlsx.</source>
        <translation>{file} — не текстовая выгрузка (похоже на таблицу, ZIP или PDF); сохраните его как CSV или откройте как .xlsx.</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}: all {rows} rows were skipped because {cause}.</source>
        <translation>Из {file} ничего не импортировано: все строки ({rows}) пропущены, потому что {cause}.</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}: all {rows} rows were skipped because {cause}; choose the right format or map the columns by hand.</source>
        <translation>Из {file} ничего не импортировано: все строки ({rows}) пропущены, потому что {cause}; выберите правильный формат или сопоставьте столбцы вручную.</translation>
    </message>
    <message>
        <source>An Olist-style import needs the {files} file too; choose all the files of the export together.</source>
        <translation>Для импорта в стиле Olist нужен ещё файл: {files}; выберите все файлы выгрузки вместе.</translation>
    </message>
    <message>
        <source>{file} has no header row and no data (it holds only blank lines or a byte order mark).</source>
        <translation>В {file} нет ни строки заголовков, ни данных (только пустые строки или метка порядка байтов).</translation>
    </message>
    <message>
        <source>Unknown file format &apos;{name}&apos;; known formats are: {known}.</source>
        <translation>Неизвестный формат файла «{name}»; известные форматы: {known}.</translation>
    </message>
    <message>
        <source>{file} does not start with a readable header row (column names in the first line); check that it is the right export.</source>
        <translation>{file} не начинается с читаемой строки заголовков (названия столбцов в первой строке); проверьте, что это нужная выгрузка.</translation>
    </message>
    <message>
        <source>{file} unpacks to {gigabytes} GB from {megabytes} MB, which no shop export does (it would fill the memory); it is damaged or not an export. Save it again as .xlsx or CSV.</source>
        <translation>{file} распаковывается из {megabytes} МБ в {gigabytes} ГБ, чего не делает ни одна выгрузка магазина (это заполнило бы память); файл повреждён или не является выгрузкой. Сохраните его заново как .xlsx или CSV.</translation>
    </message>
    <message>
        <source>Etsy&apos;s order items file (Shop Manager → Settings → Options → Download Data → Orders → Order Items: EtsySoldOrderItems…csv)</source>
        <translation>файл позиций заказов Etsy (Shop Manager → Settings → Options → Download Data → Orders → Order Items: EtsySoldOrderItems…csv)</translation>
    </message>
    <message>
        <source>{items} → {orders} by Order ID</source>
        <translation>{items} → {orders} по Order ID</translation>
    </message>
    <message>
        <source>Only the items file: items are imported; order discounts, shipping and refunds need the EtsySoldOrders file too.</source>
        <translation>Только файл позиций: позиции будут импортированы; для скидок заказов, доставки и возвратов нужен также файл EtsySoldOrders.</translation>
    </message>
    <message>
        <source>Only the orders file: orders, revenue and buyers are imported without their items (add the EtsySoldOrderItems file for products).</source>
        <translation>Только файл заказов: заказы, выручка и покупатели будут импортированы без позиций (добавьте файл EtsySoldOrderItems, чтобы увидеть товары).</translation>
    </message>
    <message>
        <source>sold order items</source>
        <translation>проданные позиции заказов</translation>
    </message>
    <message>
        <source>sold orders</source>
        <translation>проданные заказы</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>ID клиента</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Имя клиента</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Дата заказа</translation>
    </message>
    <message>
        <source>Discount amount</source>
        <translation>Сумма скидки</translation>
    </message>
    <message>
        <source>Discount code</source>
        <translation>Промокод</translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation>E-mail клиента</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Сумма позиции</translation>
    </message>
    <message>
        <source>Order / invoice number</source>
        <translation>Номер заказа / счёта</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Сумма заказа</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <source>Product code / SKU</source>
        <translation>Код товара / SKU</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Название товара</translation>
    </message>
    <message>
        <source>Product URL</source>
        <translation>URL товара</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation>Сумма возврата</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Статус заказа</translation>
    </message>
    <message>
        <source>Product list (catalog)</source>
        <translation>Список товаров (каталог)</translation>
    </message>
    <message>
        <source>CDNOW-style purchase records (customer, date, quantity, value)</source>
        <translation>Записи покупок в стиле CDNOW (клиент, дата, количество, сумма)</translation>
    </message>
    <message>
        <source>Etsy sold orders / sold order items</source>
        <translation>Etsy: проданные заказы / позиции заказов</translation>
    </message>
    <message>
        <source>Any table (choose the columns)</source>
        <translation>Любая таблица (выберите столбцы)</translation>
    </message>
    <message>
        <source>Olist-style set of files (orders, items, customers, products)</source>
        <translation>Набор файлов в стиле Olist (заказы, позиции, клиенты, товары)</translation>
    </message>
    <message>
        <source>Online Retail (UCI) invoice lines</source>
        <translation>Строки счетов Online Retail (UCI)</translation>
    </message>
    <message>
        <source>PrestaShop order list (order totals only)</source>
        <translation>Список заказов PrestaShop (только суммы заказов)</translation>
    </message>
    <message>
        <source>PrestaShop customers export</source>
        <translation>Экспорт клиентов PrestaShop</translation>
    </message>
    <message>
        <source>PrestaShop order details (one row per product)</source>
        <translation>Детали заказов PrestaShop (одна строка на товар)</translation>
    </message>
    <message>
        <source>Shopify customers export</source>
        <translation>Экспорт клиентов Shopify</translation>
    </message>
    <message>
        <source>Shopify orders export</source>
        <translation>Экспорт заказов Shopify</translation>
    </message>
    <message>
        <source>Shopify product export (catalog)</source>
        <translation>Экспорт товаров Shopify (каталог)</translation>
    </message>
    <message>
        <source>Squarespace orders export</source>
        <translation>Экспорт заказов Squarespace</translation>
    </message>
    <message>
        <source>WooCommerce order export (one row per item)</source>
        <translation>Экспорт заказов WooCommerce (строка на позицию)</translation>
    </message>
    <message>
        <source>WooCommerce Analytics → Orders CSV</source>
        <translation>WooCommerce Аналитика → Заказы CSV</translation>
    </message>
    <message>
        <source>WooCommerce customers export</source>
        <translation>Экспорт клиентов WooCommerce</translation>
    </message>
    <message>
        <source>WooCommerce order export (one row per order, items in line_items cells)</source>
        <translation>Экспорт заказов WooCommerce (одна строка на заказ, позиции в ячейках line_items)</translation>
    </message>
    <message>
        <source>WooCommerce products export (catalog)</source>
        <translation>Экспорт товаров WooCommerce (каталог)</translation>
    </message>
    <message>
        <source>customer ids were rounded by a spreadsheet (long ids ending in zeros)</source>
        <translation>идентификаторы клиентов округлены табличной программой (длинные идентификаторы, оканчивающиеся нулями)</translation>
    </message>
    <message>
        <source>customer ids were rounded by a spreadsheet (scientific notation such as 7.07142E+12)</source>
        <translation>идентификаторы клиентов округлены табличной программой (экспоненциальная запись, например 7.07142E+12)</translation>
    </message>
    <message>
        <source>one customer id belongs to people with different e-mails</source>
        <translation>один идентификатор клиента принадлежит людям с разными адресами e-mail</translation>
    </message>
    <message>
        <source>{items} or {last}</source>
        <translation>{items} или {last}</translation>
    </message>
    <message>
        <source>Choose the column for &apos;{field}&apos;.</source>
        <translation>Выберите столбец для поля «{field}».</translation>
    </message>
    <message>
        <source>Choose the column for the order number, or for the customer (each customer&apos;s purchases on one day then form one order).</source>
        <translation>Выберите столбец с номером заказа или с клиентом (тогда покупки клиента за один день образуют один заказ).</translation>
    </message>
    <message>
        <source>Choose the column for the unit price or the line total.</source>
        <translation>Выберите столбец с ценой за единицу или суммой позиции.</translation>
    </message>
    <message>
        <source>Choose the column for the product name or the product code.</source>
        <translation>Выберите столбец с названием или кодом товара.</translation>
    </message>
    <message>
        <source>The file has no column &apos;{column}&apos;.</source>
        <translation>В файле нет столбца «{column}».</translation>
    </message>
    <message>
        <source>{first} {then}</source>
        <translation>{first} {then}</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>клиент</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>the product handle</source>
        <translation>идентификатор товара (handle)</translation>
    </message>
    <message>
        <source>the invoice number</source>
        <translation>номер счёта</translation>
    </message>
    <message>
        <source>the order number</source>
        <translation>номер заказа</translation>
    </message>
    <message>
        <source>the price</source>
        <translation>цена</translation>
    </message>
    <message>
        <source>the product</source>
        <translation>товар</translation>
    </message>
    <message>
        <source>the products</source>
        <translation>товары</translation>
    </message>
    <message>
        <source>the quantity</source>
        <translation>количество</translation>
    </message>
    <message>
        <source>the revenue</source>
        <translation>выручка</translation>
    </message>
    <message>
        <source>the total</source>
        <translation>итог</translation>
    </message>
    <message>
        <source>the value</source>
        <translation>стоимость</translation>
    </message>
    <message>
        <source>{meaning} (&apos;{column}&apos;)</source>
        <translation>{meaning} («{column}»)</translation>
    </message>
    <message>
        <source>This file is the shop&apos;s product catalog: links, pictures, prices and stock now come from it, and drafts, hidden and sold-out products are never recommended.</source>
        <translation>Этот файл — каталог товаров магазина: ссылки, картинки, цены и остатки теперь берутся из него, а черновики, скрытые и распроданные товары никогда не рекомендуются.</translation>
    </message>
    <message>
        <source>The file&apos;s {reason}: customers were matched by e-mail (or phone) instead, so that no two people are merged.</source>
        <translation>В файле {reason}: поэтому клиенты сопоставлены по e-mail (или телефону), чтобы не объединить двух разных людей.</translation>
    </message>
    <message>
        <source>an export with one row per product sold</source>
        <translation>экспорт с одной строкой на каждый проданный товар</translation>
    </message>
    <message>
        <source>{file} has no e-mail addresses: offer files will need a customers export with e-mails (import it too).</source>
        <translation>В файле {file} нет адресов e-mail: для файлов предложений понадобится экспорт клиентов с адресами e-mail (импортируйте и его).</translation>
    </message>
    <message>
        <source>{file} has no products, only order totals: revenue, customers, segments, lists and lifetime value work, but the product screens stay empty. To see products, import {export} too.</source>
        <translation>В файле {file} нет товаров, только суммы заказов: выручка, клиенты, сегменты, списки и ценность клиента работают, но экраны товаров останутся пустыми. Чтобы увидеть товары, импортируйте также {export}.</translation>
    </message>
    <message>
        <source>A customer list has no orders: customers were added or updated, and no orders were imported.</source>
        <translation>В списке клиентов нет заказов: клиенты добавлены или обновлены, заказы не импортированы.</translation>
    </message>
    <message>
        <source>This PrestaShop export lists orders without their line items: revenue and customers are imported, but baskets and product pairs need an export with line items.</source>
        <translation>В этом экспорте PrestaShop заказы без позиций: выручка и клиенты импортируются, но для корзин и пар товаров нужен экспорт с позициями.</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} и {second}</translation>
    </message>
    <message>
        <source>{left} → {right} by {column}</source>
        <translation>{left} → {right} по {column}</translation>
    </message>
    <message>
        <source>Missing: the items file (required).</source>
        <translation>Не хватает: файла позиций (обязателен).</translation>
    </message>
    <message>
        <source>Missing: the orders file (required).</source>
        <translation>Не хватает: файла заказов (обязателен).</translation>
    </message>
    <message>
        <source>items</source>
        <translation>позиций</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>заказов</translation>
    </message>
    <message>
        <source>PrestaShop&apos;s order details (Advanced Parameters → SQL Manager: a query over order_detail with id_order, product_name, product_reference, product_quantity and unit_price_tax_excl, exported as CSV)</source>
        <translation>детали заказов PrestaShop (Расширенные параметры → Менеджер SQL: запрос к order_detail с id_order, product_name, product_reference, product_quantity и unit_price_tax_excl, экспортированный в CSV)</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>валюта</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>клиент</translation>
    </message>
    <message>
        <source>line total</source>
        <translation>сумма позиции</translation>
    </message>
    <message>
        <source>order</source>
        <translation>заказ</translation>
    </message>
    <message>
        <source>date (UTC)</source>
        <translation>дата (UTC)</translation>
    </message>
    <message>
        <source>product</source>
        <translation>товар</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>количество</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>проблема</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>Files checked</source>
        <translation>Файлы проверены</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>Чтение {file}</translation>
    </message>
    <message>
        <source>{rows} rows checked</source>
        <translation>проверено строк: {rows}</translation>
    </message>
    <message>
        <source>{rows} rows read</source>
        <translation>прочитано строк: {rows}</translation>
    </message>
    <message>
        <source>date is not YYYYMMDD</source>
        <translation>дата не в формате ГГГГММДД</translation>
    </message>
    <message>
        <source>date is before 1990 or after tomorrow</source>
        <translation>дата раньше 1990 года или позже завтрашнего дня</translation>
    </message>
    <message>
        <source>item&apos;s order is not in the orders file</source>
        <translation>заказа этой позиции нет в файле заказов</translation>
    </message>
    <message>
        <source>line price is not a number</source>
        <translation>цена позиции не является числом</translation>
    </message>
    <message>
        <source>line quantity is not a number</source>
        <translation>количество в позиции не является числом</translation>
    </message>
    <message>
        <source>line total is not a number</source>
        <translation>сумма позиции не является числом</translation>
    </message>
    <message>
        <source>malformed row (more fields than the header)</source>
        <translation>повреждённая строка (полей больше, чем в заголовке)</translation>
    </message>
    <message>
        <source>net revenue is not a number</source>
        <translation>чистая выручка не является числом</translation>
    </message>
    <message>
        <source>no customer to group the purchase into an order</source>
        <translation>нет клиента, по которому покупку можно объединить в заказ</translation>
    </message>
    <message>
        <source>no customer id</source>
        <translation>нет идентификатора клиента</translation>
    </message>
    <message>
        <source>no e-mail, customer id or phone</source>
        <translation>нет e-mail, идентификатора клиента или телефона</translation>
    </message>
    <message>
        <source>no e-mail and no customer id</source>
        <translation>нет ни e-mail, ни идентификатора клиента</translation>
    </message>
    <message>
        <source>no invoice number</source>
        <translation>нет номера счёта</translation>
    </message>
    <message>
        <source>no order id</source>
        <translation>нет идентификатора заказа</translation>
    </message>
    <message>
        <source>no order number</source>
        <translation>нет номера заказа</translation>
    </message>
    <message>
        <source>no product code or name</source>
        <translation>нет кода или названия товара</translation>
    </message>
    <message>
        <source>no product id</source>
        <translation>нет идентификатора товара</translation>
    </message>
    <message>
        <source>no product name or code</source>
        <translation>нет названия или кода товара</translation>
    </message>
    <message>
        <source>no product name or SKU</source>
        <translation>нет названия товара или SKU</translation>
    </message>
    <message>
        <source>no products listed</source>
        <translation>товары не указаны</translation>
    </message>
    <message>
        <source>date is missing or not a date</source>
        <translation>дата отсутствует или неверна</translation>
    </message>
    <message>
        <source>order already listed on an earlier row (its total is read once)</source>
        <translation>заказ уже указан в одной из предыдущих строк (его сумма учитывается один раз)</translation>
    </message>
    <message>
        <source>order has no items in the items file</source>
        <translation>у заказа нет позиций в файле позиций</translation>
    </message>
    <message>
        <source>price is not a number</source>
        <translation>цена не является числом</translation>
    </message>
    <message>
        <source>price or total is not a number</source>
        <translation>цена или сумма не является числом</translation>
    </message>
    <message>
        <source>quantity is not a number</source>
        <translation>количество не является числом</translation>
    </message>
    <message>
        <source>total is not a number</source>
        <translation>сумма не является числом</translation>
    </message>
    <message>
        <source>value is not a number</source>
        <translation>значение не является числом</translation>
    </message>
    <message>
        <source>Over {cutoffs} past dates, the ranking put a customer who did not come back above one who did {ours} of the time, against {days} for days since the last order and {ratio} for days since the last order divided by the customer&apos;s usual interval.</source>
        <translation>На {cutoffs} прошлых датах рейтинг ставил клиента, который не вернулся, выше вернувшегося в {ours} случаев, против {days} для числа дней с последнего заказа и {ratio} для числа дней с последнего заказа, делённого на обычный интервал клиента.</translation>
    </message>
    <message>
        <source>Of the customers we would have flagged {days} days ago, {flagged} did not come back, against {others} of the others.</source>
        <translation>Из клиентов, которых мы отметили бы {days} дней назад, {flagged} не вернулись, против {others} остальных.</translation>
    </message>
    <message>
        <source>The shop&apos;s history is too short to test who stops ordering: it needs customers who ordered at least {days} days before the last order.</source>
        <translation>История магазина слишком коротка, чтобы проверить, кто перестаёт заказывать: нужны клиенты, заказывавшие не менее чем за {days} дней до последнего заказа.</translation>
    </message>
    <message>
        <source>The purchase model sees no customer ever stopping and it did not rank better than days since the last order on the past, so customers are ranked by days since their last order.</source>
        <translation>Модель покупок не видит, чтобы какой-либо клиент переставал покупать, и на прошлых данных она ранжировала не лучше числа дней с последнего заказа, поэтому клиенты упорядочены по числу дней с последнего заказа.</translation>
    </message>
    <message>
        <source>Only {repeat} customers ordered more than once, too few to fit the purchase model, so customers are ranked by days since their last order.</source>
        <translation>Только {repeat} клиентов заказывали больше одного раза — слишком мало, чтобы подобрать модель покупок, поэтому клиенты упорядочены по числу дней с последнего заказа.</translation>
    </message>
    <message>
        <source>The purchase model could not be fitted, so customers are ranked by days since their last order.</source>
        <translation>Не удалось подобрать модель покупок, поэтому клиенты упорядочены по числу дней с последнего заказа.</translation>
    </message>
    <message>
        <source>Testing the lapse ranking on the past</source>
        <translation>Проверка рейтинга ухода на прошлых данных</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <source>High-value repeat customers, not yet silent for long, whom the back-tested lapse ranking puts among the more likely half to stop ordering.</source>
        <translation>Ценные постоянные клиенты, ещё не молчащие долго, которых проверенный на прошлом рейтинг ухода относит к половине, более склонной перестать заказывать.</translation>
    </message>
    <message>
        <source>There is no list called &apos;{key}&apos;; use one of: {known}.</source>
        <translation>Нет списка с названием &apos;{key}&apos;; используйте один из: {known}.</translation>
    </message>
    <message>
        <source>Showing the {shown} most valuable, and {more} more.</source>
        <translation>Показаны {shown} самых ценных, и ещё {more}.</translation>
    </message>
    <message>
        <source>New (one order in the last 60 days)</source>
        <translation>Новые (один заказ за последние 60 дней)</translation>
    </message>
    <message>
        <source>One-time buyers</source>
        <translation>Разовые покупатели</translation>
    </message>
    <message>
        <source>Loading orders</source>
        <translation>Загрузка заказов</translation>
    </message>
    <message>
        <source>chance of having stopped: {now} %, up from {before} % a month ago</source>
        <translation>вероятность, что перестал покупать: {now} %, месяц назад {before} %</translation>
    </message>
    <message>
        <source>more likely to stop ordering than {share} of customers</source>
        <translation>скорее перестанет заказывать, чем {share} клиентов</translation>
    </message>
    <message>
        <source>silent {ratio}× longer than usual</source>
        <translation>молчит в {ratio} раза дольше обычного</translation>
    </message>
    <message>
        <source>predicted value {value}</source>
        <translation>прогноз ценности {value}</translation>
    </message>
    <message>
        <source>spent {value}</source>
        <translation>потратил {value}</translation>
    </message>
    <message>
        <source>bought once; customers here usually reorder within {days} days, silent for {silent}</source>
        <translation>купил один раз; здесь обычно заказывают снова в течение {days} дн., молчит уже {silent}</translation>
    </message>
    <message>
        <source>usually orders every {days} days, silent for {silent}</source>
        <translation>обычно заказывает раз в {days} дн., молчит уже {silent}</translation>
    </message>
    <message>
        <source>Your most valuable customers: top by predicted value (or by past spend when history is short).</source>
        <translation>Ваши самые ценные клиенты: лучшие по прогнозу ценности (или по прошлым тратам, если история короткая).</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Customers who have been silent much longer than they usually wait between orders.</source>
        <translation>Клиенты, которые молчат намного дольше, чем обычно ждут между заказами.</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>There is no product number {product} in this shop.</source>
        <translation>В этом магазине нет товара с номером {product}.</translation>
    </message>
    <message>
        <source>A product cannot be pinned to itself.</source>
        <translation>Товар нельзя закрепить за самим собой.</translation>
    </message>
    <message>
        <source>A pair needs two different products.</source>
        <translation>Для пары нужны два разных товара.</translation>
    </message>
    <message>
        <source>Since {day}, {customers} {from_segment} became {to_segment}.</source>
        <translation>С {day}: {customers} из сегмента «{from_segment}» перешли в сегмент «{to_segment}».</translation>
    </message>
    <message>
        <source>No customer had ordered by the end date, so nothing moved.</source>
        <translation>К конечной дате никто ещё не сделал заказ, поэтому переходов нет.</translation>
    </message>
    <message>
        <source>Segment on the start date</source>
        <translation>Сегмент на начальную дату</translation>
    </message>
    <message>
        <source>Where customers moved between segments</source>
        <translation>Как клиенты переходили между сегментами</translation>
    </message>
    <message>
        <source>Segment on the end date</source>
        <translation>Сегмент на конечную дату</translation>
    </message>
    <message>
        <source>No customer went from {from_segment} to {to_segment} between these dates.</source>
        <translation>Между этими датами ни один клиент не перешёл из сегмента «{from_segment}» в сегмент «{to_segment}».</translation>
    </message>
    <message>
        <source>The end date {end} is before the start date {start}; swap them.</source>
        <translation>Конечная дата {end} раньше начальной {start}; поменяйте их местами.</translation>
    </message>
    <message>
        <source>Since {day}, {customers} new customers became {to_segment}.</source>
        <translation>С {day}: новые клиенты ({customers}) попали в сегмент «{to_segment}».</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>Ещё без заказов</translation>
    </message>
    <message>
        <source>e-mail address is not valid</source>
        <translation>неверный адрес электронной почты</translation>
    </message>
    <message>
        <source>the same e-mail address appears twice (kept the first)</source>
        <translation>один и тот же адрес электронной почты встречается дважды (оставлен первый)</translation>
    </message>
    <message>
        <source>did not accept marketing</source>
        <translation>нет согласия на рассылку</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>нет адреса электронной почты</translation>
    </message>
    <message>
        <source>no marketing consent recorded</source>
        <translation>согласие на рассылку не записано</translation>
    </message>
    <message>
        <source>The control group must be a share between 0 and 1 (for example 0.1 for 10%).</source>
        <translation>Контрольная группа должна быть долей от 0 до 1 (например, 0.1 — это 10%).</translation>
    </message>
    <message>
        <source>A country code in the Mailchimp file is not a two-letter ISO code.</source>
        <translation>Код страны в файле Mailchimp не является двухбуквенным кодом ISO.</translation>
    </message>
    <message>
        <source>The discount for {tier} must be between 0 and 100 percent.</source>
        <translation>Скидка для «{tier}» должна быть от 0 до 100 процентов.</translation>
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
        <translation>В аудитории «{audience}» нет покупателей этого магазина.</translation>
    </message>
    <message>
        <source>The Klaviyo file would be {size} MB, over Klaviyo&apos;s 50 MB limit; choose a smaller audience.</source>
        <translation>Файл Klaviyo занял бы {size} МБ, больше предела Klaviyo в 50 МБ; выберите аудиторию поменьше.</translation>
    </message>
    <message>
        <source>The Mailchimp column {name} is not a valid merge tag.</source>
        <translation>Столбец Mailchimp {name} не является допустимым тегом слияния (merge tag).</translation>
    </message>
    <message>
        <source>No customer in &apos;{audience}&apos; can go into this file ({reasons}).</source>
        <translation>Ни один покупатель из «{audience}» не может попасть в этот файл ({reasons}).</translation>
    </message>
    <message>
        <source>&apos;{part}&apos; is not a discount; write it like winback=15.</source>
        <translation>«{part}» — не скидка; запишите её как winback=15.</translation>
    </message>
    <message>
        <source>The offer file could not be lined up with its customers; nothing was written.</source>
        <translation>Не удалось сопоставить файл предложения с его покупателями; ничего не записано.</translation>
    </message>
    <message>
        <source>The send date must be a day written like 2024-03-31.</source>
        <translation>Дата отправки должна быть днём в виде 2024-03-31.</translation>
    </message>
    <message>
        <source>The Shopify tag must be short, lowercase letters, digits and dashes (like sk-vip).</source>
        <translation>Тег Shopify должен быть коротким: строчные буквы, цифры и дефисы (например, sk-vip).</translation>
    </message>
    <message>
        <source>&apos;{target}&apos; is not a file type Shopkeeper writes; choose one of {known}.</source>
        <translation>«{target}» — не тот тип файла, который записывает Shopkeeper; выберите один из: {known}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a variant; write it like A:subject=Welcome back or B:discount=10.</source>
        <translation>&apos;{text}&apos; — не вариант; запишите его как A:subject=С возвращением или B:discount=10.</translation>
    </message>
    <message>
        <source>An offer has two or three variants, or none.</source>
        <translation>У предложения два или три варианта либо ни одного.</translation>
    </message>
    <message>
        <source>Each variant needs its own short name (letters, digits, spaces or dashes; not &apos;control&apos; or &apos;mailed&apos;).</source>
        <translation>Каждому варианту нужно своё короткое имя (буквы, цифры, пробелы или дефисы; не &apos;control&apos; и не &apos;mailed&apos;).</translation>
    </message>
    <message>
        <source>A variant&apos;s picks are &apos;personal&apos; or &apos;none&apos;.</source>
        <translation>Подборка варианта — &apos;personal&apos; или &apos;none&apos;.</translation>
    </message>
    <message>
        <source>{customers} customer(s) had their discount lowered to stay within your margin.</source>
        <translation>Клиенты, чья скидка уменьшена, чтобы уложиться в маржу: {customers}.</translation>
    </message>
    <message>
        <source>{customers} unique coupon code(s) are in the file; import the codes file into your shop before sending.</source>
        <translation>Уникальных промокодов в файле: {customers}; перед отправкой импортируйте файл кодов в магазин.</translation>
    </message>
    <message>
        <source>{rows} row(s) dropped: {reason}.</source>
        <translation>Отброшено строк ({reason}): {rows}.</translation>
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
        <translation>Группы: {groups}.</translation>
    </message>
    <message>
        <source>{customers} customer(s) who did not accept marketing were left out.</source>
        <translation>Исключены клиенты без согласия на рассылку: {customers}.</translation>
    </message>
    <message>
        <source>{customers} customer(s) have no known country; their COUNTRY is left empty.</source>
        <translation>Клиенты без известной страны (COUNTRY оставлено пустым): {customers}.</translation>
    </message>
    <message>
        <source>{cells} text cell(s) were shortened to Mailchimp&apos;s 255-byte limit.</source>
        <translation>Текстовые ячейки, сокращённые до лимита Mailchimp в 255 байт: {cells}.</translation>
    </message>
    <message>
        <source>{customers} customer(s) have no marketing consent recorded; they are included, as you asked.</source>
        <translation>Клиенты без записанного согласия на рассылку (включены): {customers}.</translation>
    </message>
    <message>
        <source>{customers} customer(s) have no marketing consent recorded; they are left out (import the shop&apos;s customers export, which says who agreed).</source>
        <translation>Исключены клиенты без записанного согласия на рассылку (импортируйте выгрузку покупателей магазина, где видно, кто согласился): {customers}.</translation>
    </message>
    <message>
        <source>Finding the audience</source>
        <translation>Поиск аудитории</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Проверка файла</translation>
    </message>
    <message>
        <source>Choosing discounts</source>
        <translation>Выбор скидок</translation>
    </message>
    <message>
        <source>Personalising</source>
        <translation>Персонализация</translation>
    </message>
    <message>
        <source>about as often as chance would give</source>
        <translation>примерно так же часто, как случайно</translation>
    </message>
    <message>
        <source>{lift}× more often than by chance</source>
        <translation>в {lift} раза чаще, чем случайно</translation>
    </message>
    <message>
        <source>less often than chance would give ({lift}×)</source>
        <translation>реже, чем случайно ({lift}×)</translation>
    </message>
    <message>
        <source>This shop has no orders yet, so there is nothing bought together to show.</source>
        <translation>В этом магазине ещё нет заказов, поэтому показывать покупаемое вместе нечего.</translation>
    </message>
    <message>
        <source>No product matches “{text}”; try its SKU or part of its name.</source>
        <translation>Ни один товар не подходит под «{text}»; попробуйте его артикул или часть названия.</translation>
    </message>
    <message>
        <source>Building baskets</source>
        <translation>Составление корзин</translation>
    </message>
    <message>
        <source>Counting products bought together</source>
        <translation>Подсчёт товаров, купленных вместе</translation>
    </message>
    <message>
        <source>Looking for sets of three</source>
        <translation>Поиск наборов из трёх</translation>
    </message>
    <message>
        <source>{rule}; {chance}</source>
        <translation>{rule}; {chance}</translation>
    </message>
    <message>
        <source>bought together in {together} of {total} baskets that contain {product}</source>
        <translation>куплены вместе в {together} из {total} корзин, где есть {product}</translation>
    </message>
    <message>
        <source>bought together in {together} of {total} orders that contain {product}</source>
        <translation>куплены вместе в {together} из {total} заказов, где есть {product}</translation>
    </message>
    <message>
        <source>all three bought together in {together} baskets</source>
        <translation>все три куплены вместе в {together} корзинах</translation>
    </message>
    <message>
        <source>all three bought together in {together} orders</source>
        <translation>все три куплены вместе в {together} заказах</translation>
    </message>
    <message>
        <source>There is no customer {customer} in this shop.</source>
        <translation>В этом магазине нет покупателя {customer}.</translation>
    </message>
    <message>
        <source>Customer {customer} has no orders in this shop.</source>
        <translation>У покупателя {customer} нет заказов в этом магазине.</translation>
    </message>
    <message>
        <source>Finding each customer&apos;s picks</source>
        <translation>Подбор предложений для каждого покупателя</translation>
    </message>
    <message>
        <source>Choosing the picks&apos; settings on earlier weeks</source>
        <translation>Подбор настроек рекомендаций на более ранних неделях</translation>
    </message>
    <message>
        <source>bought it in {orders} order(s), the last {since} days ago</source>
        <translation>покупал(а) это в {orders} заказе(-ах), последний раз {since} дн. назад</translation>
    </message>
    <message>
        <source>customers who bought what they bought also bought it</source>
        <translation>покупатели, купившие то же самое, купили и это</translation>
    </message>
    <message>
        <source>bought it in {orders} order(s); customers usually rebuy it every {days} days</source>
        <translation>покупал его в заказах: {orders}; обычно его покупают снова каждые {days} дн.</translation>
    </message>
    <message>
        <source>often bought with {product}, which they bought</source>
        <translation>часто покупают вместе с {product}, который клиент уже покупал</translation>
    </message>
    <message>
        <source>bestseller in their country</source>
        <translation>бестселлер в его стране</translation>
    </message>
    <message>
        <source>bought before, rebought regularly</source>
        <translation>покупал раньше, покупают регулярно</translation>
    </message>
    <message>
        <source>bestseller in their segment</source>
        <translation>бестселлер его сегмента</translation>
    </message>
    <message>
        <source>similar to what they bought</source>
        <translation>похоже на то, что покупал</translation>
    </message>
    <message>
        <source>bought together with what they bought</source>
        <translation>покупают вместе с тем, что они купили</translation>
    </message>
    <message>
        <source>No customer bought both before and during the test periods, so there is nothing to test.</source>
        <translation>Ни один покупатель не покупал и до, и во время проверочных периодов, поэтому проверять нечего.</translation>
    </message>
    <message>
        <source>The shop&apos;s history is too short to test the picks: it needs about {weeks} weeks of orders from known customers.</source>
        <translation>История магазина слишком коротка для проверки рекомендаций: нужно около {weeks} недель заказов от известных покупателей.</translation>
    </message>
    <message>
        <source>Testing the picks on period {window} of {windows}</source>
        <translation>Проверка рекомендаций на периоде {window} из {windows}</translation>
    </message>
    <message>
        <source>Over {windows} periods of {weeks} weeks, our picks named something the customer then bought for {picks} of returning customers ({picks_low} to {picks_high}), against {again} ({again_low} to {again_high}) for their own past products and {best} ({best_low} to {best_high}) for the shop&apos;s bestsellers; for products new to the customer: {new} ({new_low} to {new_high}), against {best_new} for bestsellers they did not own.</source>
        <translation>За {windows} периода(-ов) по {weeks} недель наши рекомендации назвали то, что покупатель затем купил, для {picks} вернувшихся покупателей (от {picks_low} до {picks_high}), против {again} (от {again_low} до {again_high}) для их собственных прежних товаров и {best} (от {best_low} до {best_high}) для хитов продаж магазина; для товаров, новых для покупателя: {new} (от {new_low} до {new_high}), против {best_new} для хитов продаж, которых у них ещё не было.</translation>
    </message>
    <message>
        <source>Over {windows} periods of {weeks} weeks, our picks named something the customer then bought for {picks} of returning customers ({picks_low} to {picks_high}), against {again} ({again_low} to {again_high}) for their own past products and {best} ({best_low} to {best_high}) for the shop&apos;s bestsellers; for products new to the customer: {new} ({new_low} to {new_high}), against {best_new} for bestsellers they did not own. Tested on a random sample of {tested} of the {eligible} returning customers of the periods.</source>
        <translation>За {windows} периода(-ов) по {weeks} недель наши рекомендации назвали то, что покупатель затем купил, для {picks} вернувшихся покупателей (от {picks_low} до {picks_high}), против {again} (от {again_low} до {again_high}) для их собственных прежних товаров и {best} (от {best_low} до {best_high}) для хитов продаж магазина; для товаров, новых для покупателя: {new} (от {new_low} до {new_high}), против {best_new} для хитов продаж, которых у них ещё не было. Проверено на случайной выборке: {tested} из {eligible} вернувшихся покупателей этих периодов.</translation>
    </message>
    <message>
        <source>The customer was erased from the shop, but {count} backup(s) could not be cleaned ({files}); Shopkeeper tries again each time it opens this shop, or delete them yourself.</source>
        <translation>Клиент удалён из магазина, но резервные копии не удалось очистить (число: {count}; {files}); Shopkeeper будет пытаться снова при каждом открытии этого магазина, или удалите их сами.</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}).</source>
        <translation>Не удалось записать {path} ({reason}).</translation>
    </message>
    <message>
        <source>The customer was erased, but another Shopkeeper window is reading this shop, so old copies stay in the file until it is compacted; close the other windows and compact the shop (python -m core erase-customer --compact-only).</source>
        <translation>Клиент удалён, но другое окно Shopkeeper читает этот магазин, поэтому старые копии данных остаются в файле до его сжатия; закройте другие окна и сожмите магазин (python -m core erase-customer --compact-only).</translation>
    </message>
    <message>
        <source>The customer was erased, but the disk is too full to compact the shop, so old copies stay in the file for now; free some space and run python -m core erase-customer --compact-only.</source>
        <translation>Клиент удалён, но на диске слишком мало места, чтобы сжать магазин, поэтому старые копии данных пока остаются в файле; освободите место и запустите python -m core erase-customer --compact-only.</translation>
    </message>
    <message>
        <source>There is no customer with the e-mail {email} in this shop.</source>
        <translation>В этом магазине нет клиента с адресом электронной почты {email}.</translation>
    </message>
    <message>
        <source>There is no customer number {number} in this shop.</source>
        <translation>В этом магазине нет клиента с номером {number}.</translation>
    </message>
    <message>
        <source>Give either an e-mail address or a customer number, not both.</source>
        <translation>Укажите либо адрес электронной почты, либо номер клиента, но не оба.</translation>
    </message>
    <message>
        <source>{file}: choose a file name ending in .json or .csv.</source>
        <translation>{file}: выберите имя файла, оканчивающееся на .json или .csv.</translation>
    </message>
    <message>
        <source>{file} has no customer_ref column, so it cannot be matched to customers.</source>
        <translation>В файле {file} нет столбца customer_ref, поэтому его нельзя сопоставить с клиентами.</translation>
    </message>
    <message>
        <source>{file} has no column called {column}.</source>
        <translation>В файле {file} нет столбца {column}.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Файл {path} не существует.</translation>
    </message>
    <message>
        <source>{file} could not be read as a CSV or Excel file.</source>
        <translation>Не удалось прочитать {file} как файл CSV или Excel.</translation>
    </message>
    <message>
        <source>{file} has no e-mail column and nothing else personal to pseudonymise (name the e-mail column with --email-column).</source>
        <translation>В файле {file} нет столбца с адресами электронной почты и других личных данных для псевдонимизации (укажите столбец с почтой через --email-column).</translation>
    </message>
    <message>
        <source>There is no customer with the e-mail {email} in this shop or its backups.</source>
        <translation>Ни в этом магазине, ни в его резервных копиях нет клиента с адресом электронной почты {email}.</translation>
    </message>
    <message>
        <source>There is no customer with the e-mail {email} in this shop or its backups (erased on {erased}).</source>
        <translation>Ни в этом магазине, ни в его резервных копиях нет клиента с адресом электронной почты {email} (удалён {erased}).</translation>
    </message>
    <message>
        <source>There is no customer with the e-mail {email} in this shop or its backups (erased on {erased}); {count} file(s) written by Shopkeeper or kept beside its files still mention them, delete them yourself: {files}.</source>
        <translation>Ни в этом магазине, ни в его резервных копиях нет клиента с адресом электронной почты {email} (удалён {erased}); файлы, записанные Shopkeeper или лежащие рядом с его файлами, всё ещё упоминают его (число: {count}) — удалите их сами: {files}.</translation>
    </message>
    <message>
        <source>There is no customer with the e-mail {email} in this shop or its backups; {count} file(s) written by Shopkeeper or kept beside its files still mention them, delete them yourself: {files}.</source>
        <translation>Ни в этом магазине, ни в его резервных копиях нет клиента с адресом электронной почты {email}; файлы, записанные Shopkeeper или лежащие рядом с его файлами, всё ещё упоминают его (число: {count}) — удалите их сами: {files}.</translation>
    </message>
    <message>
        <source>{count} backup(s) could not be cleaned yet: {files}.</source>
        <translation>Резервные копии пока не удалось очистить (число: {count}): {files}.</translation>
    </message>
    <message>
        <source>This shop&apos;s pseudonym key is missing or different, so the unfinished erase cannot find the customer; restore the shop file that was erasing.</source>
        <translation>Ключ псевдонимов этого магазина отсутствует или другой, поэтому незавершённое удаление не может найти клиента; восстановите файл магазина, из которого шло удаление.</translation>
    </message>
    <message>
        <source>The erase records beside this shop belong to another shop; move them away ({file}) and try again.</source>
        <translation>Записи об удалениях рядом с этим магазином принадлежат другому магазину; переместите их в другое место ({file}) и попробуйте снова.</translation>
    </message>
    <message>
        <source>The erase records {file} beside the shop cannot be read; they must not be deleted or edited.</source>
        <translation>Не удаётся прочитать записи об удалениях {file} рядом с магазином; их нельзя удалять или редактировать.</translation>
    </message>
    <message>
        <source>Nothing was erased: the erase request could not be saved beside the shop in {folder} ({reason}); check that the folder is writable and the disk has room.</source>
        <translation>Ничего не удалено: запрос на удаление не удалось сохранить рядом с магазином в {folder} ({reason}); проверьте, что в папку можно записывать и на диске есть место.</translation>
    </message>
    <message>
        <source>This shop&apos;s erase records cannot be read without its pseudonym key, so a restore could bring erased customers back; nothing was restored.</source>
        <translation>Записи об удалениях этого магазина нельзя прочитать без его ключа псевдонимов, поэтому восстановление могло бы вернуть удалённых клиентов; ничего не восстановлено.</translation>
    </message>
    <message>
        <source>{count} backup(s) still hold this customer and could not be cleaned ({files}); Shopkeeper tries again each time it opens this shop.</source>
        <translation>Резервные копии, которые не удалось очистить, всё ещё содержат этого клиента (число: {count}; {files}); Shopkeeper будет пытаться снова при каждом открытии этого магазина.</translation>
    </message>
    <message>
        <source>asked to drop it</source>
        <translation>попросили его убрать</translation>
    </message>
    <message>
        <source>chosen as the e-mail column</source>
        <translation>выбран как столбец с электронной почтой</translation>
    </message>
    <message>
        <source>its values are e-mail addresses</source>
        <translation>его значения — адреса электронной почты</translation>
    </message>
    <message>
        <source>its name</source>
        <translation>его название</translation>
    </message>
    <message>
        <source>its name and values</source>
        <translation>его название и значения</translation>
    </message>
    <message>
        <source>its values are customers&apos; names</source>
        <translation>его значения — имена клиентов</translation>
    </message>
    <message>
        <source>its values are phone numbers</source>
        <translation>его значения — номера телефонов</translation>
    </message>
    <message>
        <source>its values are customers&apos; towns, companies or addresses</source>
        <translation>его значения — города, компании или адреса клиентов</translation>
    </message>
    <message>
        <source>its values are postcodes</source>
        <translation>его значения — почтовые индексы</translation>
    </message>
    <message>
        <source>its values are street addresses</source>
        <translation>его значения — уличные адреса</translation>
    </message>
    <message>
        <source>its text named customers</source>
        <translation>в его тексте упоминались клиенты</translation>
    </message>
    <message>
        <source>There is no customer number {customer} in this shop.</source>
        <translation>В этом магазине нет покупателя с номером {customer}.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>usually rebuys every {days} days, last bought {since} days ago</source>
        <translation>обычно покупает снова каждые {days} дн., последний раз {since} дн. назад</translation>
    </message>
    <message>
        <source>Could not write the report to {path}: {reason}.</source>
        <translation>Не удалось записать отчёт в {path}: {reason}.</translation>
    </message>
    <message>
        <source>{name} (sent {sent}): {verdict}</source>
        <translation>{name} (отправлено {sent}): {verdict}</translation>
    </message>
    <message>
        <source>{name} (sent {sent}): no result yet.</source>
        <translation>{name} (отправлено {sent}): результата пока нет.</translation>
    </message>
    <message>
        <source>Campaign results</source>
        <translation>Результаты кампаний</translation>
    </message>
    <message>
        <source>Which first purchase brings customers back</source>
        <translation>Какая первая покупка возвращает клиентов</translation>
    </message>
    <message>
        <source>What changed from {start} to {end}</source>
        <translation>Что изменилось с {start} по {end}</translation>
    </message>
    <message>
        <source>Segment movements</source>
        <translation>Переходы между сегментами</translation>
    </message>
    <message>
        <source>No campaign recorded yet: save an offer file with a control group to see here whether it worked.</source>
        <translation>Кампаний ещё нет: сохраните файл предложения с контрольной группой, и здесь будет видно, сработала ли она.</translation>
    </message>
    <message>
        <source>Not enough first orders yet: a product needs at least 10 first buyers to compare.</source>
        <translation>Пока мало первых заказов: для сравнения у товара должно быть не меньше 10 первых покупателей.</translation>
    </message>
    <message>
        <source>No customer changed segment in this month.</source>
        <translation>В этом месяце ни один клиент не сменил сегмент.</translation>
    </message>
    <message>
        <source>{product}: {rate} of {customers} first buyers came back (shop: {shop_rate})</source>
        <translation>{product}: вернулись {rate} из {customers} первых покупателей (магазин: {shop_rate})</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Главные показатели</translation>
    </message>
    <message>
        <source>What changed this month</source>
        <translation>Что изменилось за месяц</translation>
    </message>
    <message>
        <source>The disk is full, so the report {file} could not be written; any earlier {file} is unchanged. Free some space and try again.</source>
        <translation>Диск заполнен, поэтому отчёт {file} не удалось записать; прежний {file} не изменён. Освободите место и попробуйте снова.</translation>
    </message>
    <message>
        <source>the report {file} could not be written ({reason}); any earlier {file} is unchanged.</source>
        <translation>Отчёт {file} не удалось записать ({reason}); прежний {file} не изменён.</translation>
    </message>
    <message>
        <source>the report {file} could not be written because the folder {folder} does not exist.</source>
        <translation>Отчёт {file} не удалось записать: папки {folder} не существует.</translation>
    </message>
    <message>
        <source>the report {file} could not be written because the folder {folder} is read-only or you may not write there; choose another folder.</source>
        <translation>Отчёт {file} не удалось записать: папка {folder} доступна только для чтения или у вас нет прав на запись; выберите другую папку.</translation>
    </message>
    <message>
        <source>Each score needs exactly four cut-offs (for scores 2, 3, 4 and 5).</source>
        <translation>Для каждой оценки нужно ровно четыре порога (для оценок 2, 3, 4 и 5).</translation>
    </message>
    <message>
        <source>There is no segment map called &apos;{scheme}&apos;; use one of: {known}.</source>
        <translation>Нет карты сегментов с названием «{scheme}»; используйте одну из: {known}.</translation>
    </message>
    <message>
        <source>Most customers ({share}) bought only once, so they all have frequency score 1; scores 2 to 5 rank the {repeat} repeat customers.</source>
        <translation>Большинство клиентов ({share}) купили только один раз, поэтому у всех оценка частоты 1; оценки от 2 до 5 ранжируют {repeat} повторных клиентов.</translation>
    </message>
    <message>
        <source>Share valuable resources, popular products or renewal discounts.</source>
        <translation>Делитесь полезными материалами, популярными товарами или скидками на повторную покупку.</translation>
    </message>
    <message>
        <source>Below-average recency and frequency; will be lost soon.</source>
        <translation>Давность и частота ниже среднего; скоро будут потеряны.</translation>
    </message>
    <message>
        <source>About To Sleep</source>
        <translation>Засыпающие</translation>
    </message>
    <message>
        <source>Send personal e-mails to reconnect; offer renewals and useful resources.</source>
        <translation>Пишите личные письма, чтобы восстановить связь; предлагайте повторные покупки и полезные материалы.</translation>
    </message>
    <message>
        <source>Spent big and bought often, but long ago.</source>
        <translation>Тратили много и покупали часто, но давно.</translation>
    </message>
    <message>
        <source>At Risk</source>
        <translation>В зоне риска</translation>
    </message>
    <message>
        <source>Win them back with new products; talk to them before a competitor does.</source>
        <translation>Верните их новинками; поговорите с ними раньше конкурентов.</translation>
    </message>
    <message>
        <source>Made the biggest and most frequent purchases, but long ago.</source>
        <translation>Делали самые крупные и частые покупки, но давно.</translation>
    </message>
    <message>
        <source>Can&apos;t Lose Them</source>
        <translation>Нельзя потерять</translation>
    </message>
    <message>
        <source>Reward them: early access, loyalty perks, ask for reviews.</source>
        <translation>Поощряйте их: ранний доступ, бонусы за лояльность, попросите отзывы.</translation>
    </message>
    <message>
        <source>Bought recently, buy often and spend the most.</source>
        <translation>Покупали недавно, покупают часто и тратят больше всех.</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Чемпионы</translation>
    </message>
    <message>
        <source>Offer other relevant products and special discounts; recreate interest.</source>
        <translation>Предложите другие подходящие товары и особые скидки; пробудите интерес снова.</translation>
    </message>
    <message>
        <source>Last purchase long ago; low spend and few orders.</source>
        <translation>Последняя покупка давно; мало трат и мало заказов.</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>Спящие</translation>
    </message>
    <message>
        <source>Revive interest with an outreach campaign; otherwise ignore.</source>
        <translation>Попробуйте вернуть интерес рассылкой; иначе не тратьте силы.</translation>
    </message>
    <message>
        <source>Lowest recency, frequency and spend.</source>
        <translation>Самые низкие давность, частота и траты.</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Потерянные</translation>
    </message>
    <message>
        <source>Upsell higher-value products; ask for reviews and referrals.</source>
        <translation>Предлагайте более дорогие товары; попросите отзывы и рекомендации.</translation>
    </message>
    <message>
        <source>Spend good money often and respond to promotions.</source>
        <translation>Часто тратят хорошие суммы и откликаются на акции.</translation>
    </message>
    <message>
        <source>Loyal Customers</source>
        <translation>Лояльные клиенты</translation>
    </message>
    <message>
        <source>Make limited-time offers based on their past purchases.</source>
        <translation>Делайте ограниченные по времени предложения на основе прошлых покупок.</translation>
    </message>
    <message>
        <source>Above-average recency, frequency and spend.</source>
        <translation>Давность, частота и траты выше среднего.</translation>
    </message>
    <message>
        <source>Customers Needing Attention</source>
        <translation>Клиенты, требующие внимания</translation>
    </message>
    <message>
        <source>Offer membership or a loyalty programme; recommend other products.</source>
        <translation>Предложите членство или программу лояльности; рекомендуйте другие товары.</translation>
    </message>
    <message>
        <source>Recent customers who spent a fair amount.</source>
        <translation>Недавние клиенты, потратившие приличную сумму.</translation>
    </message>
    <message>
        <source>Potential Loyalist</source>
        <translation>Потенциально лояльные</translation>
    </message>
    <message>
        <source>Create brand awareness; offer free trials or samples.</source>
        <translation>Повышайте узнаваемость бренда; предлагайте бесплатные пробы или образцы.</translation>
    </message>
    <message>
        <source>Recent shoppers who have not spent much yet.</source>
        <translation>Недавние покупатели, которые пока потратили немного.</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Перспективные</translation>
    </message>
    <message>
        <source>Welcome them and help them succeed with what they bought.</source>
        <translation>Поприветствуйте их и помогите извлечь пользу из покупки.</translation>
    </message>
    <message>
        <source>Bought most recently, but not often.</source>
        <translation>Покупали совсем недавно, но нечасто.</translation>
    </message>
    <message>
        <source>Recent Customers</source>
        <translation>Недавние клиенты</translation>
    </message>
    <message>
        <source>Remind them with popular products and a modest discount.</source>
        <translation>Напомните о себе популярными товарами и небольшой скидкой.</translation>
    </message>
    <message>
        <source>Few orders and not seen for a while.</source>
        <translation>Мало заказов, и давно не появлялись.</translation>
    </message>
    <message>
        <source>About to Sleep</source>
        <translation>Засыпающие</translation>
    </message>
    <message>
        <source>Win them back with a personal e-mail and a good discount.</source>
        <translation>Верните их личным письмом и хорошей скидкой.</translation>
    </message>
    <message>
        <source>Used to buy often but have not ordered for a long time.</source>
        <translation>Раньше покупали часто, но давно не заказывали.</translation>
    </message>
    <message>
        <source>Contact them personally: find out what went wrong and make a strong offer.</source>
        <translation>Свяжитесь с ними лично: узнайте, что пошло не так, и сделайте сильное предложение.</translation>
    </message>
    <message>
        <source>Your most frequent buyers of the past, now silent.</source>
        <translation>Ваши самые частые покупатели в прошлом, сейчас молчат.</translation>
    </message>
    <message>
        <source>Reward them: early access to new products, a thank-you gift, ask for reviews.</source>
        <translation>Поощряйте их: ранний доступ к новинкам, подарок в благодарность, попросите отзывы.</translation>
    </message>
    <message>
        <source>Bought recently and often; your best customers.</source>
        <translation>Покупали недавно и часто; ваши лучшие клиенты.</translation>
    </message>
    <message>
        <source>Include them in general newsletters only; do not spend much on them.</source>
        <translation>Включайте их только в общую рассылку; не тратьте на них много.</translation>
    </message>
    <message>
        <source>Few orders, long ago.</source>
        <translation>Мало заказов, давно.</translation>
    </message>
    <message>
        <source>Offer a loyalty programme or members-only products; ask for referrals.</source>
        <translation>Предложите программу лояльности или товары только для участников; попросите рекомендовать вас.</translation>
    </message>
    <message>
        <source>Buy often, but not quite as recently as the champions.</source>
        <translation>Покупают часто, но не так недавно, как чемпионы.</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Лояльные</translation>
    </message>
    <message>
        <source>Send a limited-time offer based on what they bought before.</source>
        <translation>Отправьте ограниченное по времени предложение на основе прошлых покупок.</translation>
    </message>
    <message>
        <source>Average recency and frequency; could go either way.</source>
        <translation>Средние давность и частота; могут уйти в любую сторону.</translation>
    </message>
    <message>
        <source>Need Attention</source>
        <translation>Требуют внимания</translation>
    </message>
    <message>
        <source>Welcome them: a helpful follow-up e-mail and a small second-order offer.</source>
        <translation>Поприветствуйте их: полезное письмо после покупки и небольшое предложение на второй заказ.</translation>
    </message>
    <message>
        <source>Bought for the first time very recently.</source>
        <translation>Купили впервые совсем недавно.</translation>
    </message>
    <message>
        <source>New Customers</source>
        <translation>Новые клиенты</translation>
    </message>
    <message>
        <source>Invite them to a loyalty programme and recommend related products.</source>
        <translation>Пригласите их в программу лояльности и порекомендуйте похожие товары.</translation>
    </message>
    <message>
        <source>Recent customers with a few orders.</source>
        <translation>Недавние клиенты с несколькими заказами.</translation>
    </message>
    <message>
        <source>Potential Loyalists</source>
        <translation>Потенциально лояльные</translation>
    </message>
    <message>
        <source>Build the relationship: show best-sellers and a free-shipping threshold.</source>
        <translation>Укрепляйте отношения: покажите хиты продаж и порог бесплатной доставки.</translation>
    </message>
    <message>
        <source>Bought once, fairly recently.</source>
        <translation>Купили один раз, довольно недавно.</translation>
    </message>
    <message>
        <source>Recency × frequency+spend (11 segments)</source>
        <translation>Давность × частота+траты (11 сегментов)</translation>
    </message>
    <message>
        <source>Recency × frequency (10 segments)</source>
        <translation>Давность × частота (10 сегментов)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Too little history to predict value.</source>
        <translation>Слишком короткая история, чтобы спрогнозировать ценность.</translation>
    </message>
    <message>
        <source>The banner could not be made safe for Shopify; nothing was produced.</source>
        <translation>Не удалось сделать баннер безопасным для Shopify; ничего не создано.</translation>
    </message>
    <message>
        <source>No products were bought together often enough to recommend anything yet.</source>
        <translation>Пока никакие товары не покупали вместе достаточно часто, чтобы что-то рекомендовать.</translation>
    </message>
    <message>
        <source>There are no sales to pick bestsellers from for this choice.</source>
        <translation>Для этого выбора нет продаж, из которых можно выбрать хиты.</translation>
    </message>
    <message>
        <source>The customer tag must be short lowercase letters, digits and dashes, like sk-vip.</source>
        <translation>Тег покупателя должен быть коротким: строчные буквы, цифры и дефисы, например sk-vip.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a snippet Shopkeeper makes; choose one of {known}.</source>
        <translation>«{kind}» — не тот фрагмент кода, который создаёт Shopkeeper; выберите один из: {known}.</translation>
    </message>
    <message>
        <source>The snippet could not be made safe for Shopify; nothing was produced.</source>
        <translation>Не удалось сделать фрагмент кода безопасным для Shopify; ничего не создано.</translation>
    </message>
    <message>
        <source>Bestsellers among: {audience}.</source>
        <translation>Хиты продаж среди: {audience}.</translation>
    </message>
    <message>
        <source>{products} products have recommendations (capped at the {limit} best sellers).</source>
        <translation>Товаров с рекомендациями: {products} (не более {limit} самых продаваемых).</translation>
    </message>
    <message>
        <source>{products} product(s) held back: drafts, unpublished or out of stock in your catalog; they are never recommended.</source>
        <translation>Исключено товаров: {products} (черновики, не опубликованные или отсутствующие в каталоге); они никогда не рекомендуются.</translation>
    </message>
    <message>
        <source>{products} product(s) were left out because their name holds a customer&apos;s e-mail or name (this note is for you only, it is not in the snippet): {names}.</source>
        <translation>Пропущены товары, в названии которых есть e-mail или имя покупателя (эта заметка только для вас, во фрагменте её нет): {products}: {names}.</translation>
    </message>
    <message>
        <source>Links are guesses made from product names: no product catalog is imported. Import your shop&apos;s product export (Shopify: Products &gt; Export; WooCommerce: Products &gt; Export) so the links and pictures are the shop&apos;s own.</source>
        <translation>Ссылки угаданы по названиям товаров: каталог товаров не импортирован. Импортируйте экспорт товаров магазина (Shopify: Товары &gt; Экспорт; WooCommerce: Товары &gt; Экспорт), чтобы ссылки и картинки были из магазина.</translation>
    </message>
    <message>
        <source>{products} product(s) in the snippet have no link in your catalog: their links are guessed from their names.</source>
        <translation>Товаров во фрагменте без ссылки в вашем каталоге: {products}; их ссылки угаданы по названиям.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a shop database.</source>
        <translation>{path} — это папка, а не база данных магазина.</translation>
    </message>
    <message>
        <source>This shop is being changed by another window or program; try again when it has finished.</source>
        <translation>Этот магазин сейчас изменяется в другом окне или программе; попробуйте снова, когда оно закончит.</translation>
    </message>
    <message>
        <source>The shop file {path} cannot be opened or written: the folder may be missing, read-only or without permission.</source>
        <translation>Не удаётся открыть или записать файл магазина {path}: папки может не быть, она может быть только для чтения или без прав доступа.</translation>
    </message>
    <message>
        <source>The shop file {path} cannot be read: {reason}.</source>
        <translation>Не удаётся прочитать файл магазина {path}: {reason}.</translation>
    </message>
    <message>
        <source>{file} is a database, but not a Shopkeeper shop.</source>
        <translation>{file} — база данных, но не магазин Shopkeeper.</translation>
    </message>
    <message>
        <source>The disk is full, so the shop could not be saved; nothing was changed. Free some space and try again.</source>
        <translation>Диск заполнен, поэтому магазин не удалось сохранить; ничего не изменено. Освободите место и попробуйте снова.</translation>
    </message>
    <message>
        <source>{file} could not be upgraded to this version of Shopkeeper; it is unchanged.</source>
        <translation>Не удалось обновить {file} до этой версии Shopkeeper; файл не изменён.</translation>
    </message>
    <message>
        <source>{file} could not be upgraded to this version of Shopkeeper; it is unchanged and a backup was made first.</source>
        <translation>Не удалось обновить {file} до этой версии Shopkeeper; файл не изменён, а перед этим была создана резервная копия.</translation>
    </message>
    <message>
        <source>{file} was made by a newer Shopkeeper (schema {schema}); please update the app.</source>
        <translation>{file} создан более новой версией Shopkeeper (схема {schema}); обновите приложение.</translation>
    </message>
    <message>
        <source>There is no shop database at {path}.</source>
        <translation>По пути {path} нет базы данных магазина.</translation>
    </message>
    <message>
        <source>{file} is not a Shopkeeper shop database (it is not a database at all).</source>
        <translation>{file} — не база данных магазина Shopkeeper (это вообще не база данных).</translation>
    </message>
    <message>
        <source>{file} is not a Shopkeeper shop database.</source>
        <translation>{file} — не база данных магазина Shopkeeper.</translation>
    </message>
    <message>
        <source>{file} is a database, but not a Shopkeeper shop (it belongs to another program); it was not changed.</source>
        <translation>{file} — база данных, но не магазин Shopkeeper (она принадлежит другой программе); она не изменена.</translation>
    </message>
    <message>
        <source>The shop file {file} is read-only or locked against changes, so Shopkeeper cannot save to it; nothing was changed. Copy it to a folder you can write to, or allow changes to it, and try again.</source>
        <translation>Файл магазина {file} доступен только для чтения или защищён от изменений, поэтому Shopkeeper не может в него сохранять; ничего не изменено. Скопируйте его в папку, в которую можно записывать, или разрешите его изменение и попробуйте снова.</translation>
    </message>
    <message>
        <source>The disk is full, so {file} could not be written; any earlier {file} is unchanged. Free some space and try again.</source>
        <translation>Диск заполнен, поэтому {file} не удалось записать; прежний {file} не изменён. Освободите место и попробуйте снова.</translation>
    </message>
    <message>
        <source>{file} could not be written ({reason}); any earlier {file} is unchanged.</source>
        <translation>Не удалось записать {file} ({reason}); прежний {file} не изменён.</translation>
    </message>
    <message>
        <source>{file} could not be written because the folder {folder} does not exist.</source>
        <translation>Не удалось записать {file}, потому что папки {folder} не существует.</translation>
    </message>
    <message>
        <source>{file} could not be written because the folder {folder} is read-only or you may not write there; choose another folder.</source>
        <translation>Не удалось записать {file}, потому что папка {folder} доступна только для чтения или у вас нет права записи в неё; выберите другую папку.</translation>
    </message>
</context>
<context>
    <name>money</name>
    <message>
        <source>{0}k</source>
        <translation>{0}&#xa0;тыс.</translation>
    </message>
    <message>
        <source>{0}M</source>
        <translation>{0}&#xa0;млн</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>platforms</name>
    <message>
        <source>Online Retail file</source>
        <translation>файл Online Retail</translation>
    </message>
    <message>
        <source>spreadsheet</source>
        <translation>таблица</translation>
    </message>
    <message>
        <source>product catalog</source>
        <translation>каталог товаров</translation>
    </message>
</context>
<context>
    <name>recommendation_sources</name>
    <message>
        <source>bought before, rebought regularly</source>
        <translation>покупал раньше, берёт регулярно</translation>
    </message>
    <message>
        <source>similar to what they bought</source>
        <translation>похож на купленное</translation>
    </message>
    <message>
        <source>bought together with what they bought</source>
        <translation>покупают вместе с тем, что они купили</translation>
    </message>
    <message>
        <source>bestseller in their segment</source>
        <translation>хит продаж в его сегменте</translation>
    </message>
    <message>
        <source>bestseller in their country</source>
        <translation>хит продаж в его стране</translation>
    </message>
    <message>
        <source>shop bestseller</source>
        <translation>хит продаж магазина</translation>
    </message>
</context>
</TS>
