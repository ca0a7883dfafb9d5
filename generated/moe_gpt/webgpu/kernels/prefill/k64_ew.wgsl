// kernel k64_ew (compiler/std/moe.loom:23:9)
@group(0) @binding(0) var<storage, read> t327: array<f32>;
@group(0) @binding(1) var<storage, read_write> t332: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k64_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l327: f32 = t327[i];
    let v330: f32 = l327 / 2.0f;
    let v331: f32 = floor(v330);
    let v332: f32 = select(floor(v331), -floor(-v331), v331 < 0.0f);
    t332[i] = v332;
  }
}
