// kernel k5b_ew (compiler/std/spiking.loom:28:14)
@group(0) @binding(0) var<storage, read> t217: array<f32>;
@group(0) @binding(1) var<storage, read_write> t220: array<f32>;
@group(0) @binding(2) var<storage, read> t161: array<f32>;
@group(0) @binding(3) var<storage, read_write> t229: array<f32>;
@group(0) @binding(4) var<storage, read_write> t238: array<f32>;
@group(0) @binding(5) var<storage, read_write> t247: array<f32>;
@group(0) @binding(6) var<storage, read_write> t256: array<f32>;
@group(0) @binding(7) var<storage, read_write> t262: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k5b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let x217: f32 = t217[i];
    let v218: f32 = x217 - 1.0f;
    let v219: bool = v218 > 0.0f;
    let v220: f32 = f32(v219);
    t220[i] = v220;
    let v222: f32 = 0.9f * x217;
    let l224: f32 = t161[896i + i];
    let v225: f32 = v222 + l224;
    let v226: f32 = v225 - v220;
    let v227: f32 = v226 - 1.0f;
    let v228: bool = v227 > 0.0f;
    let v229: f32 = f32(v228);
    t229[i] = v229;
    let v231: f32 = 0.9f * v226;
    let l233: f32 = t161[1024i + i];
    let v234: f32 = v231 + l233;
    let v235: f32 = v234 - v229;
    let v236: f32 = v235 - 1.0f;
    let v237: bool = v236 > 0.0f;
    let v238: f32 = f32(v237);
    t238[i] = v238;
    let v240: f32 = 0.9f * v235;
    let l242: f32 = t161[1152i + i];
    let v243: f32 = v240 + l242;
    let v244: f32 = v243 - v238;
    let v245: f32 = v244 - 1.0f;
    let v246: bool = v245 > 0.0f;
    let v247: f32 = f32(v246);
    t247[i] = v247;
    let v249: f32 = 0.9f * v244;
    let l251: f32 = t161[1280i + i];
    let v252: f32 = v249 + l251;
    let v253: f32 = v252 - v247;
    let v254: f32 = v253 - 1.0f;
    let v255: bool = v254 > 0.0f;
    let v256: f32 = f32(v255);
    t256[i] = v256;
    let v258: f32 = 0.9f * v253;
    let l260: f32 = t161[1408i + i];
    let v261: f32 = v258 + l260;
    let v262: f32 = v261 - v256;
    t262[i] = v262;
  }
}
