// kernel k314b_ew
@group(0) @binding(0) var<storage, read> p_tok_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t1593: array<f32>;
@group(0) @binding(3) var<storage, read> t1605: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1616: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k314b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l0: f32 = p_tok_w[i];
  let l1610: f32 = t1608[0i];
  let v1611: f32 = l0 * l1610;
  let x1593: f32 = t1593[i];
  let x1605: f32 = t1605[i];
  let v1612: f32 = x1593 / x1605;
  let l1614: f32 = t1582[0i];
  let v1615: f32 = v1612 * l1614;
  let v1616: f32 = v1611 - v1615;
  t1616[i] = v1616;
}
