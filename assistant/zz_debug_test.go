package assistant_test
import ("testing";"context";"fmt";"shopassist/assistant")
func TestDebugX(t *testing.T){
	env := newEnv(t, assistant.Options{})
	for _, m := range []string{"When will I get my refund?","How long until my refund arrives?","¿Cuándo recibiré mi reembolso?","I entered the wrong address, can I change it?","Kan ik mijn adres wijzigen?","Is the Aurora jacket waterproof?","Quanto pesa a mochila Ridgeline?","What material is the Summit hoodie?", "Do you have the Harbor fleece in navy size L?"} {
		r, err := env.Engine.Reply(context.Background(), assistant.Request{Shop: env.Shop, Message: m})
		if err != nil { t.Fatal(err) }
		fmt.Printf("%q [%s %s]\n   %s\n", m, r.Language, r.Intent, r.Text)
	}
}
