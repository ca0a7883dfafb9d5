// kernel k158s_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wq_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1264: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1265: array<f32>;
@group(0) @binding(3) var<storage, read> t455: array<f32>;
@group(0) @binding(4) var<storage, read> t808: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1283: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_1_attn_wk_b: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1288: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k158s_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l22: f32 = p_blocks_1_attn_wq_b[i];
    let x1264: f32 = t1264[i];
    let v1265: f32 = l22 - x1264;
    t1265[i] = v1265;
    let l456: f32 = t455[i];
    let l879: f32 = t808[0i];
    let v1283: f32 = l456 * l879;
    t1283[i] = v1283;
    let l1284: f32 = p_optim_m_blocks_1_attn_wk_b[i];
    let v1286: f32 = l1284 * 0.9f;
    let v1287: f32 = v1283 * 0.1f;
    let v1288: f32 = v1286 + v1287;
    t1288[i] = v1288;
  }
}
