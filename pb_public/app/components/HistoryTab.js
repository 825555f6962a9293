// 历史: one record's whole history (GET /api/smedx/audit?collection=&record=)
// as a timeline — creation, state changes, review decisions, money
// movements (voucher spend and refunds, payments) and logged operations,
// oldest first, with who acted and, for platform staff, from which IP.
// The words come from the server. Usage (a panel of its own, or `flat`
// inside a dialog):
//   <history-tab collection="orders" :record="order.id" />
import { ref, watch, onMounted } from 'vue'
import { errorMessage } from '../api.js'
import { recordHistory } from '../api_exports.js'
import { fmtDate, yuan } from '../util.js'

// Timeline dot colours by kind of event (Element Plus types).
const KIND_TYPES = { created: 'primary', state: 'success', decision: 'warning', money: 'danger', operation: 'info' }

export default {
  name: 'HistoryTab',
  props: {
    collection: { type: String, required: true },
    record: { type: String, default: '' },
    title: { type: String, default: '历史' },
    flat: { type: Boolean, default: false },
  },
  setup(props) {
    const items = ref([])
    const loading = ref(false)
    const error = ref('')
    const load = async () => {
      if (!props.record) return
      loading.value = true
      error.value = ''
      try {
        const res = await recordHistory(props.collection, props.record)
        items.value = res.items || []
      } catch (e) {
        items.value = []
        error.value = errorMessage(e, '历史记录加载失败')
      } finally {
        loading.value = false
      }
    }
    onMounted(load)
    watch(() => [props.collection, props.record], load)
    const type = (ev) => (ev.kind === 'decision' && ev.result === 'failure' ? 'danger' : ev.result === 'failure' ? 'info' : KIND_TYPES[ev.kind] || 'primary')
    const amount = (fen) => (fen > 0 ? '+' : fen < 0 ? '-' : '') + '¥' + yuan(Math.abs(fen))
    return { items, loading, error, load, type, amount, fmtDate }
  },
  template: `
  <div :class="flat ? 'history-flat' : 'panel'" data-test="history-tab">
    <div class="panel-title"><h3>{{ title }}</h3><el-button link type="primary" @click="load" :loading="loading" data-test="history-refresh">刷新</el-button></div>
    <el-alert v-if="error" :title="error" type="warning" show-icon :closable="false" />
    <div v-else v-loading="loading" style="min-height:60px">
      <el-empty v-if="!loading && !items.length" description="暂无历史记录" :image-size="60" />
      <el-timeline v-else style="padding-left:4px;margin-top:8px">
        <el-timeline-item v-for="(ev, i) in items" :key="i" :timestamp="fmtDate(ev.time)" :type="type(ev)" placement="top" data-test="history-item">
          <div style="display:flex;gap:8px;align-items:center;flex-wrap:wrap">
            <el-tag size="small" :type="type(ev)" effect="plain">{{ ev.kind_label }}</el-tag>
            <b data-test="history-title">{{ ev.title }}</b>
            <span v-if="ev.amount_fen !== undefined && ev.amount_fen !== null" class="money" :class="{ red: ev.amount_fen < 0 }" data-test="history-amount">{{ amount(ev.amount_fen) }}</span>
          </div>
          <div v-if="ev.detail" class="small" style="margin-top:2px">{{ ev.detail }}</div>
          <div v-if="ev.actor || ev.ip" class="muted small" style="margin-top:2px">
            <span v-if="ev.actor">操作人：{{ ev.actor }}</span><span v-if="ev.ip" style="margin-left:12px">IP：{{ ev.ip }}</span>
          </div>
        </el-timeline-item>
      </el-timeline>
    </div>
  </div>`,
}
