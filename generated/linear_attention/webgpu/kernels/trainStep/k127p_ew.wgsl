// kernel k127p_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t771: array<f32>;
@group(0) @binding(2) var<storage, read> t1103: array<f32>;
@group(0) @binding(3) var<storage, read> t1110: array<f32>;
@group(0) @binding(4) var<storage, read> t745: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1114: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k127p_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l18: f32 = p_blocks_1_attn_wv_w[i];
  let l800: f32 = t771[0i];
  let v1111: f32 = l18 * l800;
  let x1103: f32 = t1103[i];
  let x1110: f32 = t1110[i];
  let v1112: f32 = x1103 / x1110;
  let l803: f32 = t745[0i];
  let v1113: f32 = v1112 * l803;
  let v1114: f32 = v1111 - v1113;
  t1114[i] = v1114;
}
