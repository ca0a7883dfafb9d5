// kernel k198b_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ln1_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1078: array<f32>;
@group(0) @binding(2) var<storage, read> t995: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1082: array<f32>;
@group(0) @binding(4) var<storage, read> t786: array<f32>;
@group(0) @binding(5) var<storage, read> t986: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1083: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k198b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l2: f32 = p_blocks_0_ln1_g[i];
    let x1078: f32 = t1078[i];
    let l1080: f32 = t995[0i];
    let v1081: f32 = x1078 * l1080;
    let v1082: f32 = l2 - v1081;
    t1082[i] = v1082;
    let l787: f32 = t786[i];
    let l1057: f32 = t986[0i];
    let v1083: f32 = l787 * l1057;
    t1083[i] = v1083;
  }
}
