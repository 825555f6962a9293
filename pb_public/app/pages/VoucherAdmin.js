// 服务券活动管理 (operators): activities (name, description, window,
// listed) and their batches (face value, quantity, per-enterprise limit,
// validity by dates or days after claim, scope, cap on an order's share,
// mode 申请/抢券) through the records API; the server's rules decide.
import { ref, reactive, onMounted } from 'vue'
import { useList } from '../list.js'
import ListPager from '../components/ListPager.js'
import { ElMessage, ElMessageBox } from 'element-plus'
import { pb, dicts, serverErrors, errorMessage } from '../api.js'
import { fmtDate, yuan, toFen, toYuan } from '../util.js'

const iso = (v) => (v ? new Date(v).toISOString() : '')
const local = (s) => (s ? new Date(String(s).replace(' ', 'T')) : null)

export default {
  name: 'VoucherAdminPage',
  components: { ListPager },
  setup() {
    const batches = reactive({})
    const cats = ref([])
    const products = ref([])
    const saving = ref(false)
    const act = reactive({ open: false, id: '', name: '', description: '', range: null, listed: false, budget: null, deadline: null })
    const actErr = serverErrors()
    const bat = reactive({ open: false, id: '', activity: '', name: '', description: '', mode: 'apply', face: null, quantity: 100, limit: 1, validity: 'days', valid_days: 180, range: null, ratio: null, scope_categories: [], scope_products: [] })
    const batErr = serverErrors()

    // Activities page by page; the batches of the page's activities with them.
    const list = useList({
      filters: { q: '' },
      sort: '-start_at',
      query: true,
      fetch: ({ page, perPage, sort, filters: f }) => pb.collection('voucher_activities').getList(page, perPage, { sort, filter: f.q ? pb.filter('name ~ {:q}', { q: f.q }) : '' }),
      after: async (items) => {
        const all = items.length
          ? await pb.collection('voucher_batches').getFullList({ filter: items.map((a) => pb.filter('activity = {:a}', { a: a.id })).join(' || '), sort: 'created' })
          : []
        for (const k of Object.keys(batches)) delete batches[k]
        for (const b of all) (batches[b.activity] ||= []).push(b)
      },
    })
    const load = list.load
    onMounted(() => {
      load()
      dicts(['solution_category']).then((d) => (cats.value = d.solution_category)).catch(() => {})
      pb.collection('products').getFullList({ filter: 'status = "listed"', fields: 'id,name,provider_name', sort: 'name' }).then((r) => (products.value = r)).catch(() => {})
    })

    const openAct = (a) => {
      actErr.clear()
      if (a) Object.assign(act, { open: true, id: a.id, name: a.name, description: a.description, range: [local(a.start_at), local(a.end_at)], listed: a.listed, budget: a.budget_fen ? toYuan(a.budget_fen) : null, deadline: local(a.settle_deadline) })
      else Object.assign(act, { open: true, id: '', name: '', description: '', range: null, listed: false, budget: null, deadline: null })
    }
    const saveAct = async () => {
      actErr.clear()
      if (!act.name.trim()) return (actErr.errors.name = '请输入活动名称')
      if (!act.range?.length) return (actErr.errors.start_at = '请选择活动时间')
      if (!(act.budget > 0) && (!act.id || items.value.find((x) => x.id === act.id)?.budget_fen)) return (actErr.errors.budget_fen = '请输入活动预算')
      saving.value = true
      try {
        const body = { name: act.name.trim(), description: act.description, start_at: iso(act.range[0]), end_at: iso(act.range[1]), listed: act.listed, budget_fen: toFen(act.budget), settle_deadline: iso(act.deadline) }
        if (act.id) await pb.collection('voucher_activities').update(act.id, body)
        else await pb.collection('voucher_activities').create(body)
        ElMessage.success('已保存')
        act.open = false
        load()
      } catch (e) {
        ElMessage.error(actErr.apply(e, '保存失败'))
      } finally {
        saving.value = false
      }
    }
    const toggleListed = async (a) => {
      try {
        await pb.collection('voucher_activities').update(a.id, { listed: !a.listed })
        ElMessage.success(a.listed ? '已下架' : '已上架')
        load()
      } catch (e) {
        ElMessage.error(errorMessage(e))
      }
    }
    const removeAct = async (a) => {
      if (!(await ElMessageBox.confirm(`确认删除活动“${a.name}”及其服务券批次？已发放的服务券不受影响时才能删除。`, '删除活动', { type: 'warning' }).catch(() => false))) return
      try {
        await pb.collection('voucher_activities').delete(a.id)
        ElMessage.success('已删除')
        load()
      } catch (e) {
        ElMessage.error(errorMessage(e, '删除失败'))
      }
    }

    const openBat = (a, b) => {
      batErr.clear()
      if (b) {
        Object.assign(bat, {
          open: true, id: b.id, activity: a.id, name: b.name, description: b.description, mode: b.mode, face: toYuan(b.face_value_fen), quantity: b.quantity,
          limit: b.per_enterprise_limit, validity: b.valid_days ? 'days' : 'dates', valid_days: b.valid_days || 180,
          range: b.valid_from ? [local(b.valid_from), local(b.valid_to)] : null, ratio: b.max_ratio ? Math.round(b.max_ratio * 100) : null,
          scope_categories: b.scope_categories || [], scope_products: b.scope_products || [],
        })
      } else {
        Object.assign(bat, { open: true, id: '', activity: a.id, name: '', description: '', mode: 'apply', face: null, quantity: 100, limit: 1, validity: 'days', valid_days: 180, range: null, ratio: null, scope_categories: [], scope_products: [] })
      }
    }
    const saveBat = async () => {
      batErr.clear()
      const e = batErr.errors
      if (!bat.name.trim()) e.name = '请输入批次名称'
      if (!(bat.face > 0)) e.face_value_fen = '请输入面值'
      if (bat.validity === 'dates' && !bat.range?.length) e.valid_from = '请选择有效期'
      if (Object.keys(e).length) return
      saving.value = true
      try {
        const body = {
          activity: bat.activity, name: bat.name.trim(), description: bat.description, mode: bat.mode, face_value_fen: toFen(bat.face),
          quantity: bat.quantity, per_enterprise_limit: bat.limit, billing_mode: '单独计价',
          valid_days: bat.validity === 'days' ? bat.valid_days : 0,
          valid_from: bat.validity === 'dates' ? iso(bat.range[0]) : '', valid_to: bat.validity === 'dates' ? iso(bat.range[1]) : '',
          max_ratio: bat.ratio ? bat.ratio / 100 : 0, scope_categories: bat.scope_categories, scope_products: bat.scope_products,
        }
        if (bat.id) await pb.collection('voucher_batches').update(bat.id, body)
        else await pb.collection('voucher_batches').create(body)
        ElMessage.success('已保存')
        bat.open = false
        load()
      } catch (err) {
        ElMessage.error(batErr.apply(err, '保存失败'))
      } finally {
        saving.value = false
      }
    }
    const removeBat = async (b) => {
      if (!(await ElMessageBox.confirm(`确认删除批次“${b.name}”？`, '删除批次', { type: 'warning' }).catch(() => false))) return
      try {
        await pb.collection('voucher_batches').delete(b.id)
        ElMessage.success('已删除')
        load()
      } catch (e) {
        ElMessage.error(errorMessage(e, '删除失败'))
      }
    }
    // 预算使用: what the batches commit (face × quantity) of the budget.
    const committed = (a) => (batches[a.id] || []).reduce((s, b) => s + b.face_value_fen * b.quantity, 0)
    const budgetPct = (a) => (a.budget_fen ? Math.min(100, Math.round((committed(a) * 100) / a.budget_fen)) : 0)
    const validity = (b) => (b.valid_days ? `领取后${b.valid_days}天` : `${fmtDate(b.valid_from, false)} 至 ${fmtDate(b.valid_to, false)}`)
    return {
      list, f: list.filters, batches, cats, products, saving, act, actErr: actErr.errors, bat, batErr: batErr.errors,
      load, openAct, saveAct, toggleListed, removeAct, openBat, saveBat, removeBat, validity, fmtDate, yuan, committed, budgetPct,
    }
  },
  template: `
  <div class="panel" data-test="voucher-admin">
    <div class="panel-title"><h3>服务券活动管理</h3>
      <div style="display:flex;gap:8px;flex-wrap:wrap">
        <el-input v-model="f.q" placeholder="活动名称" clearable style="width:200px" @keyup.enter="list.search" @clear="list.search" />
        <el-button @click="list.search">查询</el-button>
        <el-button type="primary" @click="openAct(null)" data-test="act-new">新建活动</el-button>
      </div>
    </div>
    <el-alert v-if="list.error" :title="list.error" type="error" show-icon :closable="false" style="margin-bottom:10px" />
    <el-table :data="list.items" v-loading="list.loading" row-key="id" empty-text="暂无活动" data-test="admin-activities" :default-sort="list.tableSort()" @sort-change="list.sortChange">
      <el-table-column type="expand">
        <template #default="{row}">
          <div style="padding:0 12px 8px 48px">
            <div style="display:flex;justify-content:space-between;align-items:center;margin-bottom:6px"><b>服务券批次</b><el-button size="small" type="primary" plain @click="openBat(row, null)" data-test="batch-new">新增批次</el-button></div>
            <el-table :data="batches[row.id] || []" size="small" empty-text="暂无批次">
              <el-table-column label="名称" prop="name" min-width="180" show-overflow-tooltip />
              <el-table-column label="方式" width="70"><template #default="{row: b}">{{ b.mode === 'grab' ? '抢券' : '申请' }}</template></el-table-column>
              <el-table-column label="面值" width="100"><template #default="{row: b}">¥{{ yuan(b.face_value_fen) }}</template></el-table-column>
              <el-table-column label="剩余/总量" width="100"><template #default="{row: b}">{{ b.remaining }}/{{ b.quantity }}</template></el-table-column>
              <el-table-column label="每家限领" width="80" prop="per_enterprise_limit" />
              <el-table-column label="有效期" min-width="170"><template #default="{row: b}">{{ validity(b) }}</template></el-table-column>
              <el-table-column label="操作" width="110"><template #default="{row: b}"><el-button link type="primary" @click="openBat(row, b)">编辑</el-button><el-button link type="danger" @click="removeBat(b)">删除</el-button></template></el-table-column>
            </el-table>
          </div>
        </template>
      </el-table-column>
      <el-table-column label="活动名称" prop="name" min-width="220" show-overflow-tooltip />
      <el-table-column label="开始时间" prop="start_at" width="160" sortable="custom"><template #default="{row}">{{ fmtDate(row.start_at) }}</template></el-table-column>
      <el-table-column label="结束时间" prop="end_at" width="160" sortable="custom"><template #default="{row}">{{ fmtDate(row.end_at) }}</template></el-table-column>
      <el-table-column label="预算使用" min-width="190">
        <template #default="{row}">
          <template v-if="row.budget_fen"><el-progress :percentage="budgetPct(row)" :stroke-width="10" :status="budgetPct(row) >= 100 ? 'warning' : ''" /><span class="muted small">已分配 ¥{{ yuan(committed(row)) }} / 预算 ¥{{ yuan(row.budget_fen) }}</span></template>
          <span v-else class="muted small">未设预算（已分配 ¥{{ yuan(committed(row)) }}）</span>
        </template>
      </el-table-column>
      <el-table-column label="批次" width="60"><template #default="{row}">{{ (batches[row.id] || []).length }}</template></el-table-column>
      <el-table-column label="状态" width="80"><template #default="{row}"><el-tag size="small" :type="row.listed ? 'success' : 'info'">{{ row.listed ? '已上架' : '未上架' }}</el-tag></template></el-table-column>
      <el-table-column label="操作" width="170" fixed="right">
        <template #default="{row}">
          <el-button link type="primary" @click="openAct(row)">编辑</el-button>
          <el-button link type="primary" @click="toggleListed(row)">{{ row.listed ? '下架' : '上架' }}</el-button>
          <el-button link type="danger" @click="removeAct(row)">删除</el-button>
        </template>
      </el-table-column>
    </el-table>
    <list-pager :list="list" />

    <el-dialog v-model="act.open" :title="act.id ? '编辑活动' : '新建活动'" width="600px" append-to-body data-test="act-dialog">
      <el-form label-width="90px" class="resp-form" @submit.prevent>
        <el-form-item label="活动名称" required :error="actErr.name"><el-input v-model="act.name" maxlength="200" data-test="act-name" /></el-form-item>
        <el-form-item label="活动说明" :error="actErr.description"><el-input v-model="act.description" type="textarea" :rows="3" maxlength="2000" /></el-form-item>
        <el-form-item label="活动时间" required :error="actErr.start_at || actErr.end_at"><el-date-picker v-model="act.range" type="datetimerange" start-placeholder="开始时间" end-placeholder="结束时间" style="width:100%" /></el-form-item>
        <el-form-item label="活动预算" required :error="actErr.budget_fen"><el-input-number v-model="act.budget" :min="0" :precision="2" :controls="false" data-test="act-budget-input" /><span class="unit">元（各批次面值 × 发放总量不能超过预算）</span></el-form-item>
        <el-form-item label="兑付截止" :error="actErr.settle_deadline"><el-date-picker v-model="act.deadline" type="datetime" placeholder="服务商申请兑付的截止时间" style="width:100%" /></el-form-item>
        <el-form-item label="上架"><el-switch v-model="act.listed" /></el-form-item>
      </el-form>
      <template #footer><el-button @click="act.open = false">取消</el-button><el-button type="primary" :loading="saving" @click="saveAct" data-test="act-save">保存</el-button></template>
    </el-dialog>

    <el-dialog v-model="bat.open" :title="bat.id ? '编辑批次' : '新增批次'" width="640px" append-to-body data-test="batch-dialog">
      <el-form label-width="110px" class="resp-form" @submit.prevent>
        <el-form-item label="批次名称" required :error="batErr.name"><el-input v-model="bat.name" maxlength="200" /></el-form-item>
        <el-form-item label="领取方式" required :error="batErr.mode"><el-radio-group v-model="bat.mode"><el-radio value="apply">立即申请</el-radio><el-radio value="grab">抢券</el-radio></el-radio-group></el-form-item>
        <el-form-item label="面值（元）" required :error="batErr.face_value_fen"><el-input-number v-model="bat.face" :min="0" :precision="2" :controls="false" /></el-form-item>
        <el-form-item label="发放总量" required :error="batErr.quantity"><el-input-number v-model="bat.quantity" :min="1" :precision="0" /></el-form-item>
        <el-form-item label="每家企业限领" required :error="batErr.per_enterprise_limit"><el-input-number v-model="bat.limit" :min="1" :precision="0" /></el-form-item>
        <el-form-item label="有效期" required :error="batErr.valid_from || batErr.valid_to || batErr.valid_days">
          <el-radio-group v-model="bat.validity" style="margin-bottom:6px"><el-radio value="days">领取后天数</el-radio><el-radio value="dates">固定日期</el-radio></el-radio-group>
          <el-input-number v-if="bat.validity === 'days'" v-model="bat.valid_days" :min="1" :precision="0" style="display:block" />
          <el-date-picker v-else v-model="bat.range" type="datetimerange" start-placeholder="生效" end-placeholder="失效" style="width:100%" />
        </el-form-item>
        <el-form-item label="最高抵扣比例" :error="batErr.max_ratio"><el-input-number v-model="bat.ratio" :min="0" :max="100" :precision="0" :controls="false" placeholder="不限" /><span class="unit">%（空为不限）</span></el-form-item>
        <el-form-item label="适用分类" :error="batErr.scope_categories"><el-select v-model="bat.scope_categories" multiple filterable placeholder="不选为全部分类" style="width:100%"><el-option v-for="c in cats" :key="c.value" :value="c.value" :label="c.label" /></el-select></el-form-item>
        <el-form-item label="适用商品" :error="batErr.scope_products"><el-select v-model="bat.scope_products" multiple filterable placeholder="不选为全部商品" style="width:100%"><el-option v-for="p in products" :key="p.id" :value="p.id" :label="p.name + '（' + p.provider_name + '）'" /></el-select></el-form-item>
        <el-form-item label="说明" :error="batErr.description"><el-input v-model="bat.description" type="textarea" :rows="2" maxlength="1000" /></el-form-item>
      </el-form>
      <template #footer><el-button @click="bat.open = false">取消</el-button><el-button type="primary" :loading="saving" @click="saveBat">保存</el-button></template>
    </el-dialog>
  </div>`,
}
