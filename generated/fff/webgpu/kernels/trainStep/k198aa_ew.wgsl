// kernel k198aa_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ln2_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1499: array<f32>;
@group(0) @binding(2) var<storage, read> t995: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1501: array<f32>;
@group(0) @binding(4) var<storage, read> t421: array<f32>;
@group(0) @binding(5) var<storage, read> t986: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1536: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k198aa_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l27: f32 = p_blocks_1_ln2_b[i];
    let x1499: f32 = t1499[i];
    let l1080: f32 = t995[0i];
    let v1500: f32 = x1499 * l1080;
    let v1501: f32 = l27 - v1500;
    t1501[i] = v1501;
    let l422: f32 = t421[i];
    let l1057: f32 = t986[0i];
    let v1536: f32 = l422 * l1057;
    t1536[i] = v1536;
  }
}
