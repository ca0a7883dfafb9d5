// kernel k198q_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ln1_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1335: array<f32>;
@group(0) @binding(2) var<storage, read> t995: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1337: array<f32>;
@group(0) @binding(4) var<storage, read> t596: array<f32>;
@group(0) @binding(5) var<storage, read> t986: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1355: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k198q_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l17: f32 = p_blocks_1_ln1_b[i];
    let x1335: f32 = t1335[i];
    let l1080: f32 = t995[0i];
    let v1336: f32 = x1335 * l1080;
    let v1337: f32 = l17 - v1336;
    t1337[i] = v1337;
    let l597: f32 = t596[i];
    let l1057: f32 = t986[0i];
    let v1355: f32 = l597 * l1057;
    t1355[i] = v1355;
  }
}
