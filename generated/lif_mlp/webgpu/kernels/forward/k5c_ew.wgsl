// kernel k5c_ew (compiler/std/spiking.loom:28:14)
@group(0) @binding(0) var<storage, read> t262: array<f32>;
@group(0) @binding(1) var<storage, read_write> t265: array<f32>;
@group(0) @binding(2) var<storage, read> t161: array<f32>;
@group(0) @binding(3) var<storage, read_write> t274: array<f32>;
@group(0) @binding(4) var<storage, read_write> t283: array<f32>;
@group(0) @binding(5) var<storage, read_write> t292: array<f32>;
@group(0) @binding(6) var<storage, read_write> t301: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k5c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let x262: f32 = t262[i];
    let v263: f32 = x262 - 1.0f;
    let v264: bool = v263 > 0.0f;
    let v265: f32 = f32(v264);
    t265[i] = v265;
    let v267: f32 = 0.9f * x262;
    let l269: f32 = t161[1536i + i];
    let v270: f32 = v267 + l269;
    let v271: f32 = v270 - v265;
    let v272: f32 = v271 - 1.0f;
    let v273: bool = v272 > 0.0f;
    let v274: f32 = f32(v273);
    t274[i] = v274;
    let v276: f32 = 0.9f * v271;
    let l278: f32 = t161[1664i + i];
    let v279: f32 = v276 + l278;
    let v280: f32 = v279 - v274;
    let v281: f32 = v280 - 1.0f;
    let v282: bool = v281 > 0.0f;
    let v283: f32 = f32(v282);
    t283[i] = v283;
    let v285: f32 = 0.9f * v280;
    let l287: f32 = t161[1792i + i];
    let v288: f32 = v285 + l287;
    let v289: f32 = v288 - v283;
    let v290: f32 = v289 - 1.0f;
    let v291: bool = v290 > 0.0f;
    let v292: f32 = f32(v291);
    t292[i] = v292;
    let v294: f32 = 0.9f * v289;
    let l296: f32 = t161[1920i + i];
    let v297: f32 = v294 + l296;
    let v298: f32 = v297 - v292;
    let v299: f32 = v298 - 1.0f;
    let v300: bool = v299 > 0.0f;
    let v301: f32 = f32(v300);
    t301[i] = v301;
  }
}
