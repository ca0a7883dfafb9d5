// kernel k53_ew (compiler/std/moe.loom:67:9)
@group(0) @binding(0) var<storage, read> t268: array<f32>;
@group(0) @binding(1) var<storage, read_write> t269: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k53_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l268: f32 = t268[i];
    let g: f32 = f32(i / 2i);
    let l145: f32 = g * 8.0f;
    let v269: f32 = l268 + l145;
    t269[i] = v269;
  }
}
