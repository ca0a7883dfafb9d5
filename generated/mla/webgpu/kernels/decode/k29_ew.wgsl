// kernel k29_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t196: array<f32>;
@group(0) @binding(1) var<storage, read> t67: array<f32>;
@group(0) @binding(2) var<storage, read> t68: array<f32>;
@group(0) @binding(3) var<storage, read_write> t208: array<f32>;
@group(0) @binding(4) var<storage, read_write> t212: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k29_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 16i) {
    let l203: f32 = t196[16i + i / 4i * 24i + i % 4i * 2i];
    let l75: f32 = t67[i % 4i];
    let v206: f32 = l203 * l75;
    let l205: f32 = t196[17i + i / 4i * 24i + i % 4i * 2i];
    let l78: f32 = t68[i % 4i];
    let v207: f32 = l205 * l78;
    let v208: f32 = v206 - v207;
    t208[i] = v208;
    let v210: f32 = l203 * l78;
    let v211: f32 = l205 * l75;
    let v212: f32 = v210 + v211;
    t212[i] = v212;
  }
}
