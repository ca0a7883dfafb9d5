// kernel k7_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t44: array<f32>;
@group(0) @binding(1) var<storage, read> t64: array<f32>;
@group(0) @binding(2) var<storage, read> t65: array<f32>;
@group(0) @binding(3) var<storage, read_write> t77: array<f32>;
@group(0) @binding(4) var<storage, read_write> t81: array<f32>;
@group(0) @binding(5) var<storage, read> t47: array<f32>;
@group(0) @binding(6) var<storage, read_write> t91: array<f32>;
@group(0) @binding(7) var<storage, read_write> t95: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k7_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 32i) {
    let l68: f32 = t44[i * 2i];
    let l72: f32 = t64[i % 8i];
    let v73: f32 = l68 * l72;
    let l70: f32 = t44[1i + i * 2i];
    let l75: f32 = t65[i % 8i];
    let v76: f32 = l70 * l75;
    let v77: f32 = v73 - v76;
    t77[i] = v77;
    let v79: f32 = l68 * l75;
    let v80: f32 = l70 * l72;
    let v81: f32 = v79 + v80;
    t81[i] = v81;
    let l86: f32 = t47[i * 2i];
    let v89: f32 = l86 * l72;
    let l88: f32 = t47[1i + i * 2i];
    let v90: f32 = l88 * l75;
    let v91: f32 = v89 - v90;
    t91[i] = v91;
    let v93: f32 = l86 * l75;
    let v94: f32 = l88 * l72;
    let v95: f32 = v93 + v94;
    t95[i] = v95;
  }
}
