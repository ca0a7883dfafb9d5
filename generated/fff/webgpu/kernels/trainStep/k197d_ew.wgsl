// kernel k197d_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1021: array<f32>;
@group(0) @binding(2) var<storage, read> t1104: array<f32>;
@group(0) @binding(3) var<storage, read> t1111: array<f32>;
@group(0) @binding(4) var<storage, read> t995: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1115: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k197d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l4: f32 = p_blocks_0_attn_wq_w[i];
  let l1050: f32 = t1021[0i];
  let v1112: f32 = l4 * l1050;
  let x1104: f32 = t1104[i];
  let x1111: f32 = t1111[i];
  let v1113: f32 = x1104 / x1111;
  let l1053: f32 = t995[0i];
  let v1114: f32 = v1113 * l1053;
  let v1115: f32 = v1112 - v1114;
  t1115[i] = v1115;
}
