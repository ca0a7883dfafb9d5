// kernel k237n_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1146: array<f32>;
@group(0) @binding(2) var<storage, read> t1498: array<f32>;
@group(0) @binding(3) var<storage, read> t1505: array<f32>;
@group(0) @binding(4) var<storage, read> t1120: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1509: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k237n_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l18: f32 = p_layers_1_attn_wv_w[i];
  let l1202: f32 = t1146[0i];
  let v1506: f32 = l18 * l1202;
  let x1498: f32 = t1498[i];
  let x1505: f32 = t1505[i];
  let v1507: f32 = x1498 / x1505;
  let l1205: f32 = t1120[0i];
  let v1508: f32 = v1507 * l1205;
  let v1509: f32 = v1506 - v1508;
  t1509[i] = v1509;
}
