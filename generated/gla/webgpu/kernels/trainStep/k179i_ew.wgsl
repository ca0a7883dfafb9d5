// kernel k179i_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1262: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1263: array<f32>;
@group(0) @binding(3) var<storage, read> t508: array<f32>;
@group(0) @binding(4) var<storage, read> t890: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1349: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_layers_1_attn_wa2_b: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1354: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k179i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l16: f32 = p_layers_1_attn_norm_g[i];
    let x1262: f32 = t1262[i];
    let v1263: f32 = l16 - x1262;
    t1263[i] = v1263;
    let l509: f32 = t508[i];
    let l935: f32 = t890[0i];
    let v1349: f32 = l509 * l935;
    t1349[i] = v1349;
    let l1350: f32 = p_optim_m_layers_1_attn_wa2_b[i];
    let v1352: f32 = l1350 * 0.9f;
    let v1353: f32 = v1349 * 0.1f;
    let v1354: f32 = v1352 + v1353;
    t1354[i] = v1354;
  }
}
