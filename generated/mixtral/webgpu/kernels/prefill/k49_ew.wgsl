// kernel k49_ew (compiler/std/moe.loom:23:9)
@group(0) @binding(0) var<storage, read> t268: array<f32>;
@group(0) @binding(1) var<storage, read_write> t273: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k49_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l268: f32 = t268[i];
    let v271: f32 = l268 / 2.0f;
    let v272: f32 = floor(v271);
    let v273: f32 = select(floor(v272), -floor(-v272), v272 < 0.0f);
    t273[i] = v273;
  }
}
