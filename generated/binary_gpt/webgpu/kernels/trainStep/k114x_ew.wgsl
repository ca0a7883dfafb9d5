// kernel k114x_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wq_alpha: array<f32>;
@group(0) @binding(1) var<storage, read> t1172: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1173: array<f32>;
@group(0) @binding(3) var<storage, read> t368: array<f32>;
@group(0) @binding(4) var<storage, read> t701: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1174: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_1_attn_wq_beta: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1179: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114x_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l24: f32 = p_blocks_1_attn_wq_alpha[i];
    let x1172: f32 = t1172[i];
    let v1173: f32 = l24 - x1172;
    t1173[i] = v1173;
    let l369: f32 = t368[i];
    let l772: f32 = t701[0i];
    let v1174: f32 = l369 * l772;
    t1174[i] = v1174;
    let l1175: f32 = p_optim_m_blocks_1_attn_wq_beta[i];
    let v1177: f32 = l1175 * 0.9f;
    let v1178: f32 = v1174 * 0.1f;
    let v1179: f32 = v1177 + v1178;
    t1179[i] = v1179;
  }
}
