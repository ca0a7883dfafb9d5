// kernel k150h_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wkv_b_w: array<f32>;
@group(0) @binding(1) var<storage, read> t801: array<f32>;
@group(0) @binding(2) var<storage, read> t1204: array<f32>;
@group(0) @binding(3) var<storage, read> t1211: array<f32>;
@group(0) @binding(4) var<storage, read> t775: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1215: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k150h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l19: f32 = p_layers_1_attn_wkv_b_w[i];
  let l983: f32 = t801[0i];
  let v1212: f32 = l19 * l983;
  let x1204: f32 = t1204[i];
  let x1211: f32 = t1211[i];
  let v1213: f32 = x1204 / x1211;
  let l986: f32 = t775[0i];
  let v1214: f32 = v1213 * l986;
  let v1215: f32 = v1212 - v1214;
  t1215[i] = v1215;
}
