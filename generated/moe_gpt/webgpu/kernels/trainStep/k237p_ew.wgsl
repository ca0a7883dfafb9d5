// kernel k237p_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1126: array<f32>;
@group(0) @binding(2) var<storage, read> t1495: array<f32>;
@group(0) @binding(3) var<storage, read> t1502: array<f32>;
@group(0) @binding(4) var<storage, read> t1100: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1506: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k237p_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l19: f32 = p_layers_1_attn_wo_w[i];
  let l1182: f32 = t1126[0i];
  let v1503: f32 = l19 * l1182;
  let x1495: f32 = t1495[i];
  let x1502: f32 = t1502[i];
  let v1504: f32 = x1495 / x1502;
  let l1185: f32 = t1100[0i];
  let v1505: f32 = v1504 * l1185;
  let v1506: f32 = v1503 - v1505;
  t1506[i] = v1506;
}
