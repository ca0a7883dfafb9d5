// kernel k44_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t235: array<f32>;
@group(0) @binding(1) var<storage, read> t64: array<f32>;
@group(0) @binding(2) var<storage, read> t65: array<f32>;
@group(0) @binding(3) var<storage, read_write> t251: array<f32>;
@group(0) @binding(4) var<storage, read_write> t255: array<f32>;
@group(0) @binding(5) var<storage, read> t238: array<f32>;
@group(0) @binding(6) var<storage, read_write> t265: array<f32>;
@group(0) @binding(7) var<storage, read_write> t269: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k44_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 32i) {
    let l246: f32 = t235[i * 2i];
    let l72: f32 = t64[i % 8i];
    let v249: f32 = l246 * l72;
    let l248: f32 = t235[1i + i * 2i];
    let l75: f32 = t65[i % 8i];
    let v250: f32 = l248 * l75;
    let v251: f32 = v249 - v250;
    t251[i] = v251;
    let v253: f32 = l246 * l75;
    let v254: f32 = l248 * l72;
    let v255: f32 = v253 + v254;
    t255[i] = v255;
    let l260: f32 = t238[i * 2i];
    let v263: f32 = l260 * l72;
    let l262: f32 = t238[1i + i * 2i];
    let v264: f32 = l262 * l75;
    let v265: f32 = v263 - v264;
    t265[i] = v265;
    let v267: f32 = l260 * l75;
    let v268: f32 = l262 * l72;
    let v269: f32 = v267 + v268;
    t269[i] = v269;
  }
}
