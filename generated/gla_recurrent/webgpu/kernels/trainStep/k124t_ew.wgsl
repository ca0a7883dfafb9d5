// kernel k124t_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t701: array<f32>;
@group(0) @binding(2) var<storage, read> t1195: array<f32>;
@group(0) @binding(3) var<storage, read> t1202: array<f32>;
@group(0) @binding(4) var<storage, read> t675: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1206: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k124t_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l26: f32 = p_layers_1_attn_wo_w[i];
  let l757: f32 = t701[0i];
  let v1203: f32 = l26 * l757;
  let x1195: f32 = t1195[i];
  let x1202: f32 = t1202[i];
  let v1204: f32 = x1195 / x1202;
  let l760: f32 = t675[0i];
  let v1205: f32 = v1204 * l760;
  let v1206: f32 = v1203 - v1205;
  t1206[i] = v1206;
}
