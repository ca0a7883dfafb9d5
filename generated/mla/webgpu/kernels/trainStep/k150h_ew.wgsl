// kernel k150h_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wkv_b_w: array<f32>;
@group(0) @binding(1) var<storage, read> t791: array<f32>;
@group(0) @binding(2) var<storage, read> t1194: array<f32>;
@group(0) @binding(3) var<storage, read> t1201: array<f32>;
@group(0) @binding(4) var<storage, read> t765: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1205: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k150h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l19: f32 = p_layers_1_attn_wkv_b_w[i];
  let l973: f32 = t791[0i];
  let v1202: f32 = l19 * l973;
  let x1194: f32 = t1194[i];
  let x1201: f32 = t1201[i];
  let v1203: f32 = x1194 / x1201;
  let l976: f32 = t765[0i];
  let v1204: f32 = v1203 * l976;
  let v1205: f32 = v1202 - v1204;
  t1205[i] = v1205;
}
