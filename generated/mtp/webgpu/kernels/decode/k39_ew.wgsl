// kernel k39_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t240: array<f32>;
@group(0) @binding(1) var<storage, read> t63: array<f32>;
@group(0) @binding(2) var<storage, read> t64: array<f32>;
@group(0) @binding(3) var<storage, read_write> t256: array<f32>;
@group(0) @binding(4) var<storage, read_write> t260: array<f32>;
@group(0) @binding(5) var<storage, read> t243: array<f32>;
@group(0) @binding(6) var<storage, read_write> t270: array<f32>;
@group(0) @binding(7) var<storage, read_write> t274: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k39_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 32i) {
    let l251: f32 = t240[i * 2i];
    let l71: f32 = t63[i % 8i];
    let v254: f32 = l251 * l71;
    let l253: f32 = t240[1i + i * 2i];
    let l74: f32 = t64[i % 8i];
    let v255: f32 = l253 * l74;
    let v256: f32 = v254 - v255;
    t256[i] = v256;
    let v258: f32 = l251 * l74;
    let v259: f32 = l253 * l71;
    let v260: f32 = v258 + v259;
    t260[i] = v260;
    let l265: f32 = t243[i * 2i];
    let v268: f32 = l265 * l71;
    let l267: f32 = t243[1i + i * 2i];
    let v269: f32 = l267 * l74;
    let v270: f32 = v268 - v269;
    t270[i] = v270;
    let v272: f32 = l265 * l74;
    let v273: f32 = l267 * l71;
    let v274: f32 = v272 + v273;
    t274[i] = v274;
  }
}
