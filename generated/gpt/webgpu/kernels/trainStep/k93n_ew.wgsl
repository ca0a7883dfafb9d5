// kernel k93n_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t671: array<f32>;
@group(0) @binding(2) var<storage, read> t1066: array<f32>;
@group(0) @binding(3) var<storage, read> t1073: array<f32>;
@group(0) @binding(4) var<storage, read> t645: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1077: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k93n_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l22: f32 = p_blocks_1_attn_wk_w[i];
  let l700: f32 = t671[0i];
  let v1074: f32 = l22 * l700;
  let x1066: f32 = t1066[i];
  let x1073: f32 = t1073[i];
  let v1075: f32 = x1066 / x1073;
  let l703: f32 = t645[0i];
  let v1076: f32 = v1075 * l703;
  let v1077: f32 = v1074 - v1076;
  t1077[i] = v1077;
}
