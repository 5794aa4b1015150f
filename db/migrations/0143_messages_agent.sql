-- The usual agent reply time (db.Store.MedianAgentReply) is read on every
-- handoff; it starts from the shop's recent agent messages, which are few
-- beside shopper and assistant messages.
CREATE INDEX messages_agent ON messages (shop_id, created_at) WHERE role = 'agent';
