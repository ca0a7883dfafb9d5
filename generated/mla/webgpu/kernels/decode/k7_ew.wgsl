// kernel k7_ew (compiler/std/functional.loom:71:11)
@group(0) @binding(0) var<storage, read> t62: array<f32>;
@group(0) @binding(1) var<storage, read_write> t67: array<f32>;
@group(0) @binding(2) var<storage, read_write> t68: array<f32>;
@group(0) @binding(3) var<storage, read> t89: array<f32>;
@group(0) @binding(4) var<storage, read_write> t116: array<f32>;
@group(0) @binding(5) var<storage, read_write> t120: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k7_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 4i) {
    let l65: f32 = t62[0i];
    let g: f32 = f32(i);
    let g_1: f32 = g * -2.3025851f;
    let l64: f32 = exp(g_1);
    let v66: f32 = l65 * l64;
    let v67: f32 = cos(v66);
    t67[i] = v67;
    let v68: f32 = sin(v66);
    t68[i] = v68;
    let l111: f32 = t89[16i + i * 2i];
    let v114: f32 = l111 * v67;
    let l113: f32 = t89[17i + i * 2i];
    let v115: f32 = l113 * v68;
    let v116: f32 = v114 - v115;
    t116[i] = v116;
    let v118: f32 = l111 * v68;
    let v119: f32 = l113 * v67;
    let v120: f32 = v118 + v119;
    t120[i] = v120;
  }
}
