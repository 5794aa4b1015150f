// Package backinstock emails shoppers who asked to hear when a sold-out
// variant returns: one email per subscription, in the language they asked
// in, once the inventory_levels/update webhook made it due.
package backinstock

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/riverqueue/river"

	"shopassist/assistant/lang"
	"shopassist/db"
	"shopassist/deliverycare"
	"shopassist/jobs"
	"shopassist/notify"
)

// text is the email's wording in one language: {product}, {shop}.
type text struct{ Subject, Body, Link string }

// texts cover every supported language (a test checks).
var texts = map[string]text{
	"en":      {"{product} is back in stock", "Good news: {product} is available again at {shop}. You asked us to let you know; this is the only email about it.", "Order it here:"},
	"es":      {"{product} vuelve a estar disponible", "Buenas noticias: {product} vuelve a estar disponible en {shop}. Nos pediste que te avisáramos; este es el único correo sobre ello.", "Pídelo aquí:"},
	"fr":      {"{product} est de nouveau en stock", "Bonne nouvelle : {product} est de nouveau disponible chez {shop}. Vous nous aviez demandé de vous prévenir ; c'est le seul e-mail à ce sujet.", "Commandez-le ici :"},
	"de":      {"{product} ist wieder auf Lager", "Gute Nachricht: {product} ist bei {shop} wieder erhältlich. Du wolltest Bescheid bekommen; das ist die einzige E-Mail dazu.", "Hier bestellen:"},
	"it":      {"{product} è di nuovo disponibile", "Buone notizie: {product} è di nuovo disponibile su {shop}. Ci avevi chiesto di avvisarti; è l'unica email al riguardo.", "Ordinalo qui:"},
	"pt":      {"{product} está de volta ao estoque", "Boa notícia: {product} está disponível de novo na {shop}. Você pediu para avisarmos; este é o único e-mail sobre isso.", "Peça aqui:"},
	"nl":      {"{product} is weer op voorraad", "Goed nieuws: {product} is weer verkrijgbaar bij {shop}. Je vroeg ons het je te laten weten; dit is de enige e-mail hierover.", "Bestel het hier:"},
	"tr":      {"{product} yeniden stokta", "Müjde: {product} {shop} mağazasında yeniden satışta. Haber vermemizi istemiştiniz; bu konudaki tek e-posta budur.", "Buradan sipariş verin:"},
	"pl":      {"{product} znów jest dostępny", "Dobra wiadomość: {product} znów jest dostępny w sklepie {shop}. Prosiłeś o powiadomienie; to jedyny e-mail w tej sprawie.", "Zamów tutaj:"},
	"id":      {"{product} tersedia lagi", "Kabar baik: {product} tersedia lagi di {shop}. Anda meminta kami memberi tahu; ini satu-satunya email tentang hal ini.", "Pesan di sini:"},
	"ar":      {"{product} متوفر من جديد", "خبر سار: {product} متوفر من جديد في {shop}. طلبت منا إعلامك، وهذه هي الرسالة الوحيدة بهذا الشأن.", "اطلبه من هنا:"},
	"ru":      {"{product} снова в наличии", "Хорошая новость: {product} снова в наличии в магазине {shop}. Вы просили сообщить об этом; это единственное письмо на эту тему.", "Заказать:"},
	"ja":      {"{product}が再入荷しました", "お待たせしました。{product}が{shop}で再入荷しました。ご依頼いただいた再入荷のお知らせです（この件のメールはこれのみです）。", "ご注文はこちら："},
	"ko":      {"{product} 재입고 안내", "반가운 소식입니다. {product}이(가) {shop}에 다시 입고되었습니다. 요청하신 알림이며, 이 건으로 보내는 유일한 이메일입니다.", "여기에서 주문하세요:"},
	"zh-Hans": {"{product} 已到货", "好消息：{product} 已在 {shop} 重新到货。这是您要求的到货通知，关于此商品我们只会发送这一封邮件。", "点此下单："},
	"zh-Hant": {"{product} 已補貨", "好消息：{product} 已在 {shop} 重新到貨。這是您要求的到貨通知，關於此商品我們只會寄送這一封郵件。", "點此訂購："},
}

// Compose writes the email in l (English when it has no texts).
func Compose(l, product, shop, link string) (subject, body string) {
	t, ok := texts[l]
	if !ok {
		t = texts[lang.Default]
	}
	r := strings.NewReplacer("{product}", product, "{shop}", shop)
	return r.Replace(t.Subject), r.Replace(t.Body) + "\n\n" + t.Link + "\n" + link + "\n"
}

// Notifier sends the due back-in-stock emails.
type Notifier struct {
	Store  *db.Store
	Mailer notify.Mailer
	Now    func() time.Time
	Log    *slog.Logger
}

// SendDue sends every due subscription's email once; it returns how many
// went out. A failed send gives the claim back for the next run.
func (n *Notifier) SendDue(ctx context.Context) (int, error) {
	subs, err := n.Store.DueStockSubscriptions(ctx, 200)
	if err != nil {
		return 0, err
	}
	sent := 0
	var errs []error
	for _, s := range subs {
		ok, err := n.send(ctx, s)
		if err != nil {
			errs = append(errs, err)
		}
		if ok {
			sent++
		}
	}
	return sent, errors.Join(errs...)
}

func (n *Notifier) send(ctx context.Context, s db.StockSubscription) (bool, error) {
	now := time.Now()
	if n.Now != nil {
		now = n.Now()
	}
	claimed, err := n.Store.ClaimStockNotice(ctx, s.ID, now)
	if err != nil || !claimed {
		return false, err
	}
	shop, err := n.Store.GetShopByID(ctx, s.ShopID)
	if err != nil {
		return false, err
	}
	v, err := n.Store.GetVariantByShopifyID(ctx, shop.ID, s.VariantID)
	if errors.Is(err, db.ErrNotFound) {
		return false, nil // the product was deleted: nothing to announce
	}
	if err != nil {
		return false, errors.Join(err, n.Store.ReleaseStockNotice(ctx, s.ID))
	}
	name := v.ProductTitle
	if v.Title != "" && v.Title != "Default Title" {
		name += " – " + v.Title
	}
	shopName := shop.Name
	if shopName == "" {
		shopName = shop.Domain
	}
	link := "https://" + shop.Domain + "/products/" + url.PathEscape(v.ProductHandle) + "?variant=" + strconv.FormatInt(v.ShopifyID, 10)
	subject, body := Compose(s.Language, name, shopName, link)
	if err := n.Mailer.Send(ctx, s.Email, subject, body); err != nil {
		return false, errors.Join(fmt.Errorf("back-in-stock email %d: %w", s.ID, deliverycare.WithoutAddress(err, s.Email)),
			n.Store.ReleaseStockNotice(ctx, s.ID))
	}
	if n.Log != nil {
		n.Log.InfoContext(ctx, "back-in-stock email sent", "shop", shop.Domain, "subscription", s.ID, "lang", s.Language)
	}
	return true, nil
}

// Args is the job that sends due emails.
type Args struct{}

// Kind implements river.JobArgs.
func (Args) Kind() string { return "back_in_stock_notices" }

type worker struct {
	river.WorkerDefaults[Args]
	n *Notifier
}

func (w *worker) Work(ctx context.Context, _ *river.Job[Args]) error {
	_, err := w.n.SendDue(ctx)
	return err
}

// Register adds the worker and runs it every minute.
func (n *Notifier) Register(workers *river.Workers, q *jobs.Queue) error {
	river.AddWorker(workers, &worker{n: n})
	return q.Schedule(jobs.Every{ID: Args{}.Kind(), Interval: time.Minute, Args: Args{}, RunOnStart: true})
}
